namespace SocialeBasisBot.Storage;

/// <summary>
/// Marks an incoming message as handled. Teams redelivers when a bot is slow; a command such as "volgende" must not
/// run twice because of that.
/// </summary>
public sealed class ProcessedMessage
{
    public required string ConversationId { get; set; }
    public required string MessageId { get; set; }
    public DateTimeOffset ProcessedAt { get; set; }
}
