using System.Text.Json.Nodes;

namespace SocialeBasisBot.Tests.Infrastructure;

/// <summary>One request the bot made to the (fake) Teams connector.</summary>
/// <param name="PathActivityId">The activity id in the URL (reply-to for POST, the updated message for PUT).</param>
/// <param name="ResultId">The id the connector handed back.</param>
public sealed record ConnectorCall(string Method, string ConversationId, string PathActivityId, string ResultId, JsonObject? Body)
{
    public string Text => Body?["text"]?.GetValue<string>() ?? "";

    public JsonObject? Card => Body?["attachments"] is JsonArray { Count: > 0 } attachments ? attachments[0]?["content"] as JsonObject : null;

    /// <summary>The first attachment, if any (a card, a file consent card, a file info card).</summary>
    public JsonObject? Attachment => Body?["attachments"] is JsonArray { Count: > 0 } attachments ? attachments[0] as JsonObject : null;

    public string? AttachmentType => Attachment?["contentType"]?.GetValue<string>();

    /// <summary>The data of the card's first submit action, if it has one (question and poll cards).</summary>
    public JsonObject? SubmitData => Card?["actions"] is JsonArray { Count: > 0 } actions ? actions[0]?["data"] as JsonObject : null;

    /// <summary>Everything readable in the message: its text plus all TextBlock texts of a card.</summary>
    public string AllText => string.Join("\n", new[] { Text }.Concat(CardTexts(Card)));

    private static IEnumerable<string> CardTexts(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(kv => kv.Key is "text" or "title" && kv.Value is JsonValue v && v.TryGetValue<string>(out var s)
            ? [s]
            : CardTexts(kv.Value)),
        JsonArray array => array.SelectMany(CardTexts),
        _ => [],
    };
}
