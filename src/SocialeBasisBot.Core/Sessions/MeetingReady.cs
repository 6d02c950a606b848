namespace SocialeBasisBot.Sessions;

/// <summary>
/// What the bot says when a Teams meeting starts: that it is ready, which programme `start` runs, and which others
/// there are. Null from <see cref="SessionService.MeetingStartedAsync"/> when a session already runs there.
/// </summary>
public sealed record MeetingReady(string ProgrammeTitle, string ProgrammeId, IReadOnlyList<string> Programmes, Phrases Say) : BotReply;
