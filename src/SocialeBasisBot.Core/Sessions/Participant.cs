namespace SocialeBasisBot.Sessions;

/// <summary>Someone in the conversation, as far as the channel tells us.</summary>
/// <param name="Role">Their role in the meeting the chat belongs to, looked up for this turn only: an organizer can
/// change roles at any moment, so it is never stored or cached.</param>
public sealed record Participant(string Id, string Name, string? AadObjectId = null, MeetingRole Role = MeetingRole.NotInMeeting);
