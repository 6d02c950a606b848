using System.Text.Json.Nodes;

namespace SocialeBasisBot.Demo;

/// <summary>One call the bot made to the local Teams connector.</summary>
/// <param name="Method">POST (new message or reply), PUT (update) or DELETE.</param>
/// <param name="PathActivityId">The activity id in the URL: reply-to for POST, the changed message for PUT/DELETE.</param>
/// <param name="ActivityId">The id of the message this call created or changed.</param>
public sealed record ConnectorRequest(string Method, string ConversationId, string PathActivityId, string ActivityId, JsonObject? Body)
{
    public string Text => Body?["text"] is JsonValue text && text.TryGetValue<string>(out var value) ? value : "";

    /// <summary>The Adaptive Cards the message carries (Teams shows them in this order).</summary>
    public IReadOnlyList<JsonObject> Cards => Body?["attachments"] is JsonArray attachments
        ? attachments.OfType<JsonObject>()
            .Where(a => (string?)a["contentType"] == "application/vnd.microsoft.card.adaptive")
            .Select(a => a["content"]).OfType<JsonObject>().ToList()
        : [];

    /// <summary>Attachments that are not Adaptive Cards (file consent cards, hero cards…), by content type.</summary>
    public IReadOnlyList<JsonObject> OtherAttachments => Body?["attachments"] is JsonArray attachments
        ? attachments.OfType<JsonObject>()
            .Where(a => (string?)a["contentType"] != "application/vnd.microsoft.card.adaptive").ToList()
        : [];
}
