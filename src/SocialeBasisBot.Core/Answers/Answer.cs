namespace SocialeBasisBot.Answers;

/// <summary>
/// One answer of one participant to one question. Mutable because edits replace the text and deletes retract it;
/// the row is kept so a duplicate delivery of the same message is still recognised.
/// </summary>
public sealed class Answer
{
    public long Id { get; set; }
    public required string SessionId { get; set; }
    public required string ItemId { get; set; }
    /// <summary>Stable id of the participant in the channel (Teams AAD object id or user id).</summary>
    public required string ParticipantId { get; set; }
    public string ParticipantName { get; set; } = "";
    public required string Text { get; set; }
    /// <summary>Poll answers: the chosen option ids, comma-separated.</summary>
    public string? Choices { get; set; }
    /// <summary>The channel's id of the message that carried the answer (dedup, edit, delete).</summary>
    public required string SourceMessageId { get; set; }
    public AnswerSource Source { get; set; }
    /// <summary>
    /// The channel's id of the message this one quotes (a Teams quote-reply), when it quotes one. An empty quote-reply
    /// of an answer is stored too: it is support for the quoted answer ("+1"), which the summary counts there.
    /// </summary>
    public string? QuotedMessageId { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    public DateTimeOffset? EditedAt { get; set; }
    public DateTimeOffset? RetractedAt { get; set; }

    public bool IsRetracted => RetractedAt is not null;
}
