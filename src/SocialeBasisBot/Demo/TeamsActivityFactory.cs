using System.Globalization;
using System.Text.Json.Nodes;

namespace SocialeBasisBot.Demo;

/// <summary>
/// Builds activities in the shapes Teams sends to a bot in a group chat (the recorded payloads in
/// testdata/teams-fixtures are the model): plain messages heard through resource-specific consent,
/// @mentions with their mention entity and HTML attachment, Adaptive Card submits with value and replyToId,
/// messageUpdate/editMessage, messageDelete/softDeleteMessage and conversationUpdate/membersAdded.
/// </summary>
public sealed class TeamsActivityFactory(Uri serviceUrl, string conversationId, string botName, TimeProvider time)
{
    public const string BotId = "28:5b0e8a63-7c1d-4a52-9d5e-6f1c2b3a4d5e";
    public const string TenantId = "3f6d2c1b-9a8e-4f7d-8c6b-5a4e3d2c1b0a";

    // Teams message ids in a chat are the send time in milliseconds; kept strictly increasing like in Teams.
    private long lastMessageId;

    public string ConversationId => conversationId;

    public string NextMessageId()
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var id = Math.Max(now, lastMessageId + 1);
        lastMessageId = id;
        return id.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>A plain chat message; the bot hears it without being mentioned (resource-specific consent).</summary>
    public JsonObject Message(DemoPerson from, string text, string id)
    {
        var activity = Base("message", from, id);
        activity["text"] = text;
        activity["textFormat"] = "plain";
        activity["entities"] = new JsonArray(ClientInfo());
        return activity;
    }

    /// <summary>A message that @mentions the bot: Teams puts the mention in the text, an entity and an HTML copy.</summary>
    public JsonObject Mention(DemoPerson from, string text, string id)
    {
        var activity = Base("message", from, id);
        var at = $"<at>{botName}</at>";
        activity["text"] = $"{at} {text}\n";
        activity["textFormat"] = "plain";
        activity["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = "text/html",
            ["content"] = $"<p><span itemscope=\"\" itemtype=\"http://schema.skype.com/Mention\" itemid=\"0\">{System.Net.WebUtility.HtmlEncode(botName)}</span> {System.Net.WebUtility.HtmlEncode(text)}</p>",
        });
        activity["entities"] = new JsonArray(
            new JsonObject
            {
                ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = botName },
                ["text"] = at,
                ["type"] = "mention",
            },
            ClientInfo());
        return activity;
    }

    /// <summary>An Action.Submit on a card the bot posted: no text, the inputs and the action's data in value.</summary>
    public JsonObject CardSubmit(DemoPerson from, string cardActivityId, JsonObject value, string id)
    {
        var activity = Base("message", from, id);
        activity["entities"] = new JsonArray(ClientInfo());
        ((JsonObject)activity["channelData"]!)["source"] = new JsonObject { ["name"] = "message" };
        activity["replyToId"] = cardActivityId;
        activity["value"] = value;
        return activity;
    }

    /// <summary>The person edited a message: Teams sends the whole new text under the original id.</summary>
    public JsonObject Edit(DemoPerson from, string messageId, string newText)
    {
        var activity = Base("messageUpdate", from, messageId);
        activity["text"] = newText;
        activity["textFormat"] = "plain";
        activity["entities"] = new JsonArray(ClientInfo());
        ((JsonObject)activity["channelData"]!)["eventType"] = "editMessage";
        return activity;
    }

    public JsonObject Delete(DemoPerson from, string messageId)
    {
        var activity = Base("messageDelete", from, messageId);
        activity["entities"] = new JsonArray(ClientInfo());
        ((JsonObject)activity["channelData"]!)["eventType"] = "softDeleteMessage";
        return activity;
    }

    /// <summary>Someone added the bot to the group chat.</summary>
    public JsonObject BotAdded(DemoPerson by)
    {
        var activity = Base("conversationUpdate", by, "f:" + Guid.NewGuid().ToString("D"));
        activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = BotId });
        // Membership changes come from the service, not a client: no locale or local time.
        activity.Remove("locale");
        activity.Remove("localTimestamp");
        activity.Remove("localTimezone");
        return activity;
    }

    private JsonObject Base(string type, DemoPerson from, string id)
    {
        var now = time.GetUtcNow();
        return new JsonObject
        {
            ["type"] = type,
            ["timestamp"] = now.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            ["localTimestamp"] = now.ToOffset(TimeSpan.FromHours(1)).ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture),
            ["id"] = id,
            ["channelId"] = "msteams",
            ["serviceUrl"] = serviceUrl.ToString(),
            ["from"] = new JsonObject { ["id"] = from.TeamsId, ["name"] = from.Name, ["aadObjectId"] = from.AadObjectId },
            ["conversation"] = new JsonObject
            {
                ["isGroup"] = true,
                ["conversationType"] = "groupChat",
                ["tenantId"] = TenantId,
                ["id"] = conversationId,
            },
            ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = botName },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
            ["locale"] = "nl-NL",
            ["localTimezone"] = "Europe/Amsterdam",
        };
    }

    private static JsonObject ClientInfo() => new()
    {
        ["locale"] = "nl-NL",
        ["country"] = "NL",
        ["platform"] = "Web",
        ["timezone"] = "Europe/Amsterdam",
        ["type"] = "clientInfo",
    };
}
