using System.Text.Json.Nodes;

namespace SocialeBasisBot.Tests.Infrastructure;

/// <summary>
/// Builds activities the way Teams sends them, starting from the recorded payloads in
/// testdata/teams-fixtures and changing only ids, names, text and the serviceUrl.
/// </summary>
public sealed class TeamsChat(string serviceUrl, string conversationId, string conversationType = "groupChat")
{
    public const string BotId = "28:eac5e5c6-ab14-4f50-80cb-49213fe51b1a";
    // Teams message ids are unique across a chat or channel (they are timestamps), also across threads.
    private static long nextMessage = 1_700_000_000_000;

    public string ConversationId => conversationId;

    public static TeamsUser User(int n) => new($"29:user-{n}", $"Deelnemer {n}", $"00000000-0000-0000-0000-{n:D12}");

    /// <summary>A plain chat message (heard through resource-specific consent, no @mention).</summary>
    public JsonObject Message(TeamsUser from, string text, string? id = null)
    {
        var activity = Load("js-rec_message_personal_plain.json");
        Address(activity, from, id);
        activity["text"] = text;
        activity.Remove("attachments");
        return activity;
    }

    /// <summary>A message that @mentions the bot, as recorded in a Teams channel.</summary>
    public JsonObject Mention(TeamsUser from, string text, string? id = null)
    {
        var activity = Load("js-rec_message_channel_atmention-bot.json");
        Address(activity, from, id);
        activity["text"] = $"<at>SocialeBasisBot</at> {text}\n";
        activity["entities"]![0]!["text"] = "<at>SocialeBasisBot</at>";
        activity["entities"]![0]!["mentioned"]!["name"] = "SocialeBasisBot";
        activity.Remove("attachments");
        return activity;
    }

    /// <summary>An Adaptive Card Action.Submit, as recorded: a message with value and replyToId.</summary>
    public JsonObject CardSubmit(TeamsUser from, string replyToId, JsonObject value, string? id = null)
    {
        var activity = Load("js-rec_message_channel_adaptivecard-actionsubmit-value_with-inputtext.json");
        Address(activity, from, id);
        activity["replyToId"] = replyToId;
        activity["value"] = value;
        return activity;
    }

    /// <summary>The person edited a message (Teams sends the whole new text with the original id).</summary>
    public JsonObject Edit(TeamsUser from, string messageId, string newText)
    {
        var activity = Load("docs_messageUpdate_editMessage_personal.json");
        Address(activity, from, messageId);
        activity["text"] = newText;
        return activity;
    }

    public JsonObject Delete(TeamsUser from, string messageId)
    {
        var activity = Load("docs_messageDelete_softDeleteMessage_personal.json");
        Address(activity, from, messageId);
        return activity;
    }

    public JsonObject BotAdded(TeamsUser by)
    {
        var activity = Load("js-rec_conversationUpdate_groupChat_membersAdded-user.json");
        Address(activity, by, null);
        activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = BotId });
        return activity;
    }

    /// <summary>Teams' meetingEnd event for the meeting this chat belongs to.</summary>
    public JsonObject MeetingEnd()
    {
        var activity = Load("docs_event_meetingEnd.json");
        Address(activity, User(1), null);
        activity["value"]!["Id"] = conversationId;
        return activity;
    }

    /// <summary>The organiser accepted a file consent card (Teams' fileConsent/invoke).</summary>
    public JsonObject FileConsentAccept(TeamsUser from, JsonNode context, string uploadUrl, string name)
    {
        var activity = Load("js-rec_message_personal_plain.json");
        Address(activity, from, null);
        activity["type"] = "invoke";
        activity.Remove("text");
        var invoke = Load("docs_invoke_fileConsent_accept_CONCISE.json");
        activity["name"] = invoke["name"]!.DeepClone();
        var value = (JsonObject)invoke["value"]!.DeepClone();
        value["context"] = context.DeepClone();
        value["uploadInfo"]!["uploadUrl"] = uploadUrl;
        value["uploadInfo"]!["name"] = name;
        activity["value"] = value;
        return activity;
    }

    public static string NextId() => $"{Interlocked.Increment(ref nextMessage)}";

    private void Address(JsonObject activity, TeamsUser from, string? id)
    {
        activity["id"] = id ?? NextId();
        activity["serviceUrl"] = serviceUrl;
        activity["from"] = new JsonObject { ["id"] = from.Id, ["name"] = from.Name, ["aadObjectId"] = from.AadObjectId };
        activity["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "SocialeBasisBot" };
        var conversation = (JsonObject)activity["conversation"]!;
        conversation["id"] = conversationId;
        conversation["conversationType"] = conversationType;
        conversation["isGroup"] = conversationType != "personal";
        activity["locale"] = "nl-NL";
        if (conversationType != "channel" && activity["channelData"] is JsonObject channelData)
        {
            channelData.Remove("channel");
            channelData.Remove("team");
            channelData.Remove("teamsChannelId");
            channelData.Remove("teamsTeamId");
        }
    }

    private static JsonObject Load(string name) =>
        (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Fixtures, name)))!;
}
