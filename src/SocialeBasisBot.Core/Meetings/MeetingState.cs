namespace SocialeBasisBot.Meetings;

/// <summary>
/// The Teams meeting of one chat as its events told: the latest meetingStart and meetingEnd. Kept in the database, so
/// every instance knows whether a meeting runs there, whichever instance got the events, in whatever order.
/// </summary>
public sealed class MeetingState
{
    /// <summary>The meeting's chat (for a channel meeting: the channel, without the thread suffix).</summary>
    public required string ConversationId { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
}
