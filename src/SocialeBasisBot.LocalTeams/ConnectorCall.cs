using System.Text.Json.Nodes;

namespace SocialeBasisBot.LocalTeams;

/// <summary>One call the bot made to the local Teams connector, with the status it got.</summary>
/// <param name="Method">POST (new message or reply), PUT (update) or DELETE.</param>
/// <param name="PathActivityId">The activity id in the URL: reply-to for POST, the changed message for PUT/DELETE.</param>
/// <param name="ActivityId">The id of the message this call created or changed; empty when the call failed.</param>
/// <param name="Status">The HTTP status the connector answered (an injected failure, a 404, or 200).</param>
public sealed record ConnectorCall(string Method, string ConversationId, string PathActivityId, string ActivityId, JsonObject? Body, int Status = 200)
{
    public const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";

    public bool Succeeded => Status is >= 200 and < 300;

    public string Text => Body?["text"] is JsonValue text && text.TryGetValue<string>(out var value) ? value : "";

    /// <summary>The first attachment, if any (a card, a file consent card, a file info card).</summary>
    public JsonObject? Attachment => Attachments.FirstOrDefault();

    public string? AttachmentType => Attachment?["contentType"] is JsonValue type && type.TryGetValue<string>(out var value) ? value : null;

    /// <summary>The Adaptive Cards the message carries (Teams shows them in this order).</summary>
    public IReadOnlyList<JsonObject> Cards =>
        Attachments.Where(a => (string?)a["contentType"] == AdaptiveCard).Select(a => a["content"]).OfType<JsonObject>().ToList();

    /// <summary>The first Adaptive Card, if any.</summary>
    public JsonObject? Card => Cards is [var first, ..] ? first : null;

    /// <summary>Attachments that are not Adaptive Cards (file consent cards, file info cards…).</summary>
    public IReadOnlyList<JsonObject> OtherAttachments => Attachments.Where(a => (string?)a["contentType"] != AdaptiveCard).ToList();

    /// <summary>The data of the first card's first submit or execute action, if it has one (question and poll cards).</summary>
    public JsonObject? SubmitData => Card?["actions"] is JsonArray actions
        ? actions.OfType<JsonObject>().Where(a => (string?)a["type"] is "Action.Submit" or "Action.Execute").Select(a => a["data"]).OfType<JsonObject>().FirstOrDefault()
        : null;

    /// <summary>Everything a person reads in the message: its text, then each card's lines.</summary>
    public string AllText => string.Join("\n", new[] { Text }.Concat(Cards.SelectMany(CardText.Lines)));

    private IEnumerable<JsonObject> Attachments => Body?["attachments"] is JsonArray attachments ? attachments.OfType<JsonObject>() : [];
}
