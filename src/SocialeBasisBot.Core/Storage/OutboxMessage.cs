namespace SocialeBasisBot.Storage;

/// <summary>
/// Something the bot must send to a conversation, written in the same transaction as the change that causes it and
/// sent by the edge's worker, so neither a slow Teams nor a restart loses it. Messages of one conversation go out
/// one at a time, in <see cref="Id"/> order.
/// </summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }
    public required string ConversationId { get; set; }
    public required string SessionId { get; set; }
    public OutboxKind Kind { get; set; }
    /// <summary>The programme item it is about; null for a session summary.</summary>
    public string? ItemId { get; set; }
    /// <summary>The language of the command that caused it ("nl", "en"): summaries answer in it.</summary>
    public string Language { get; set; } = "nl";
    public OutboxState State { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>Not before: now for a new message, later after a 429 (Retry-After) or a 5xx (back-off).</summary>
    public DateTimeOffset DueAt { get; set; }
    public int Attempts { get; set; }
    /// <summary>The instance working on it, until <see cref="ClaimedUntil"/>; another may take it over after that.</summary>
    public string? ClaimedBy { get; set; }
    public DateTimeOffset? ClaimedUntil { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    /// <summary>
    /// The message Teams gave an id for: the placeholder a summary replaces, so a retry updates it instead of posting
    /// a second one.
    /// </summary>
    public string? ActivityId { get; set; }
    /// <summary>
    /// Set just before a new message is POSTed, cleared with the outcome. Found set on a message whose claim ran out,
    /// it means an instance died mid-POST: Teams may have shown it, so it is not sent again (see
    /// <see cref="OutboxState.Uncertain"/>).
    /// </summary>
    public DateTimeOffset? PostingSince { get; set; }
    /// <summary>How many cards of a multi-card message (a session summary) Teams already has: a retry goes on from there.</summary>
    public int PartsSent { get; set; }
    public string? LastError { get; set; }
    /// <summary>Set while pending for kinds sent at most once at a time (count refreshes): unique, so two instances
    /// queue one refresh per card. Cleared when done.</summary>
    public string? PendingKey { get; set; }
    /// <summary>What a <see cref="OutboxKind.Text"/> says; for an <see cref="OutboxKind.ExportCard"/> its settings
    /// (<see cref="Sessions.ExportRequest"/> as JSON).</summary>
    public string? Text { get; set; }
    /// <summary>
    /// The turn's conversation reference, for kinds that answer a turn (texts, item and export cards): a 1:1 export of
    /// a session led elsewhere goes to the 1:1 chat, and a text may have no session at all. Null: the session's.
    /// </summary>
    public string? ConversationReference { get; set; }
}
