namespace SocialeBasisBot.Corrections;

/// <summary>
/// The message that carries the latest summary card of a question, so a correction can update that card in the chat
/// for everyone (the summary card holds no participant inputs, so an update loses nothing anyone typed).
/// </summary>
public sealed class PostedSummary
{
    public required string SessionId { get; set; }
    public required string ItemId { get; set; }
    public required string ActivityId { get; set; }
    public DateTimeOffset PostedAt { get; set; }
}
