namespace SocialeBasisBot.Meetings;

/// <summary>
/// The in-meeting notification of one question: at most one row per session and question (its key), naming the outbox
/// message that may send it, so a second message about the same question is never sent, while a retry of the first
/// still is.
/// </summary>
public sealed class MeetingNotice
{
    public required string SessionId { get; set; }
    public required string ItemId { get; set; }
    public long OutboxMessageId { get; set; }
    public DateTimeOffset ClaimedAt { get; set; }
}
