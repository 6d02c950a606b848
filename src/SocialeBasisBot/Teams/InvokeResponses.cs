using Newtonsoft.Json.Linq;

namespace SocialeBasisBot.Teams;

/// <summary>
/// The two answers an Action.Execute invoke gets (always 200: after a failed invoke Teams shows "Something went
/// wrong"): a card shown to the person who pressed only, or a message to them.
/// </summary>
public static class InvokeResponses
{
    public static Microsoft.Bot.Schema.AdaptiveCardInvokeResponse Card(System.Text.Json.Nodes.JsonObject card) => new()
    {
        StatusCode = 200,
        Type = OutboxActivities.AdaptiveCardContentType,
        Value = JObject.Parse(card.ToJsonString()),
    };

    public static Microsoft.Bot.Schema.AdaptiveCardInvokeResponse Message(string text) => new()
    {
        StatusCode = 200,
        Type = "application/vnd.microsoft.activity.message",
        Value = text,
    };

    /// <summary>A card value that should be text; anything else a client sends is treated as absent.</summary>
    public static string? Text(JToken? token) => token?.Type == JTokenType.String ? (string?)token : null;
}
