namespace SocialeBasisBot.Storage;

/// <summary>
/// The message the bot posted for a programme item, so card submits (replyToId) can be tied to the question and the
/// answer count on the question card can be updated in place.
/// </summary>
public sealed class PostedCard
{
    public required string SessionId { get; set; }
    public required string ItemId { get; set; }
    public required string ActivityId { get; set; }
    public DateTimeOffset PostedAt { get; set; }
    /// <summary>The answer count last shown on the card, so the updater only edits when it changed.</summary>
    public int ShownCount { get; set; }
}
