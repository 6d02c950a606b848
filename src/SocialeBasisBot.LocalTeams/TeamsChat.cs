using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;

namespace SocialeBasisBot.LocalTeams;

/// <summary>
/// Builds the activities Teams sends a bot in one conversation, in the shapes of the recorded payloads in
/// testdata/teams-fixtures (tests check every recorded field is here): plain messages heard through resource-specific
/// consent, @mentions with their mention entity and HTML copy, Adaptive Card submits with value and replyToId,
/// messageUpdate/editMessage, messageDelete/softDeleteMessage, conversationUpdate/membersAdded, the meetingEnd event
/// and the fileConsent/invoke. Built in code rather than read from the fixtures, because the demo runs without them.
/// </summary>
/// <param name="conversationType">groupChat, personal or channel (a channel thread has ";messageid=…" in its id).</param>
public sealed class TeamsChat(Uri serviceUrl, string conversationId, string conversationType = "groupChat", TimeProvider? time = null)
{
    /// <summary>The bot's id in Teams, as in the recorded payloads.</summary>
    public const string BotId = "28:eac5e5c6-ab14-4f50-80cb-49213fe51b1a";
    public const string BotName = "SocialeBasisBot";
    public const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    // Teams message ids are the send time in milliseconds, unique across a chat or channel (also across its threads),
    // so one sequence for the whole process, kept strictly increasing.
    private static long lastMessageId;
    private readonly TimeProvider clock = time ?? TimeProvider.System;

    public TeamsChat(string serviceUrl, string conversationId, string conversationType = "groupChat", TimeProvider? time = null)
        : this(new Uri(serviceUrl), conversationId, conversationType, time)
    {
    }

    public string ConversationId => conversationId;

    /// <summary>
    /// Set for a meeting's chat: every activity then carries channelData.meeting.id (base64, as Teams sends it),
    /// which is what the bot passes to Get participant.
    /// </summary>
    public string? MeetingId { get; init; }

    /// <summary>The Entra tenant the chat belongs to (channelData.tenant.id and conversation.tenantId).</summary>
    public string Tenant { get; init; } = TenantId;

    /// <summary>The chat's name as Teams sends it in conversation.name (meetings and channels have one); null for none.</summary>
    public string? Name { get; init; }

    /// <summary>A Teams meeting's group chat ("19:meeting_…@thread.v2") with its meeting id.</summary>
    public static TeamsChat Meeting(Uri serviceUrl, TimeProvider? time = null)
    {
        var thread = $"19:meeting_{Guid.NewGuid():N}@thread.v2";
        return new TeamsChat(serviceUrl, thread, "groupChat", time)
        {
            MeetingId = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"0#{thread}#0")),
        };
    }

    public static TeamsUser User(int n) => new($"29:user-{n}", $"Deelnemer {n}", $"00000000-0000-0000-0000-{n:D12}");

    /// <summary>A new message id: the current time in milliseconds, or one past the last id if that is later.</summary>
    public string NextId()
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        long id;
        long last;
        do
        {
            last = Interlocked.Read(ref lastMessageId);
            id = Math.Max(now, last + 1);
        }
        while (Interlocked.CompareExchange(ref lastMessageId, id, last) != last);

        return id.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>A plain chat message; the bot hears it without being mentioned (resource-specific consent).</summary>
    public JsonObject Message(TeamsUser from, string text, string? id = null)
    {
        var activity = Base("message", from, id ?? NextId());
        activity["text"] = text;
        activity["textFormat"] = "plain";
        return activity;
    }

    /// <summary>A message that @mentions the bot: Teams puts the mention in the text, in an entity and in an HTML copy.</summary>
    public JsonObject Mention(TeamsUser from, string text, string? id = null)
    {
        var activity = Base("message", from, id ?? NextId());
        var at = $"<at>{BotName}</at>";
        activity["text"] = $"{at} {text}\n";
        activity["textFormat"] = "plain";
        activity["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = "text/html",
            ["content"] = $"<div><div><span itemscope=\"\" itemtype=\"http://schema.skype.com/Mention\" itemid=\"0\">{WebUtility.HtmlEncode(BotName)}</span> {WebUtility.HtmlEncode(text)}</div>\n</div>",
        });
        ((JsonArray)activity["entities"]!).Insert(0, new JsonObject
        {
            ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
            ["text"] = at,
            ["type"] = "mention",
        });
        return activity;
    }

    /// <summary>
    /// A quote-reply: the quoted message as a Reply blockquote at the head of the text/html attachment, the person's own
    /// words after it, and the quoted text before them in <c>text</c> as some clients send it, in the shape of
    /// testdata/teams-fixtures/shape_message_groupChat_quote-reply-html.json.
    /// </summary>
    public JsonObject QuoteReply(TeamsUser from, string quotedMessageId, TeamsUser quotedAuthor, string quotedText, string ownText, string? id = null)
    {
        var activity = Base("message", from, id ?? NextId());
        var quotedId = WebUtility.HtmlEncode(quotedMessageId);
        activity["text"] = $"{quotedAuthor.Name}\r\n{quotedText}\r\n{ownText}";
        activity["textFormat"] = "plain";
        activity["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = "text/html",
            ["content"] = $"<blockquote itemscope=\"\" itemtype=\"http://schema.skype.com/Reply\" itemid=\"{quotedId}\">\r\n"
                + $"<strong itemprop=\"mri\" itemid=\"8:orgid:{WebUtility.HtmlEncode(quotedAuthor.AadObjectId)}\">{WebUtility.HtmlEncode(quotedAuthor.Name)}</strong>"
                + $"<span itemprop=\"time\" itemid=\"{quotedId}\"></span>\r\n"
                + $"<p itemprop=\"preview\">{WebUtility.HtmlEncode(quotedText)}</p>\r\n</blockquote>\r\n"
                + $"<p>{(ownText.Length == 0 ? "&nbsp;" : WebUtility.HtmlEncode(ownText))}</p>",
        });
        return activity;
    }

    /// <summary>An Action.Submit on a card the bot posted: no text, the inputs and the action's data in value.</summary>
    public JsonObject CardSubmit(TeamsUser from, string replyToId, JsonObject value, string? id = null)
    {
        var activity = Base("message", from, id ?? NextId());
        ((JsonObject)activity["channelData"]!)["source"] = new JsonObject { ["name"] = "message" };
        activity["replyToId"] = replyToId;
        activity["value"] = value.DeepClone();
        return activity;
    }

    /// <summary>
    /// An Action.Execute on a card the bot posted (Universal Actions): an invoke adaptiveCard/action whose value holds
    /// the action as defined in the card, its data merged with the card's inputs, in the shape of
    /// testdata/teams-fixtures/shape_invoke_adaptiveCardAction.json. Teams waits for the invoke response.
    /// </summary>
    public JsonObject CardAction(TeamsUser from, string replyToId, string verb, JsonObject data, string? id = null)
    {
        var activity = Base("invoke", from, id ?? NextId());
        activity["name"] = "adaptiveCard/action";
        ((JsonObject)activity["channelData"]!)["source"] = new JsonObject { ["name"] = "message" };
        activity["replyToId"] = replyToId;
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["id"] = "", ["verb"] = verb, ["data"] = data.DeepClone() },
            ["trigger"] = "manual",
        };
        return activity;
    }

    /// <summary>The person edited a message: Teams sends the whole new text under the original id.</summary>
    public JsonObject Edit(TeamsUser from, string messageId, string newText)
    {
        var activity = Base("messageUpdate", from, messageId);
        activity["text"] = newText;
        activity["textFormat"] = "plain";
        ((JsonObject)activity["channelData"]!)["eventType"] = "editMessage";
        return activity;
    }

    public JsonObject Delete(TeamsUser from, string messageId)
    {
        var activity = Base("messageDelete", from, messageId);
        ((JsonObject)activity["channelData"]!)["eventType"] = "softDeleteMessage";
        return activity;
    }

    /// <summary>Someone added the bot to the conversation.</summary>
    public JsonObject BotAdded(TeamsUser by)
    {
        var activity = Base("conversationUpdate", by, "f:" + Guid.NewGuid().ToString("D"));
        activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = BotId });
        // Membership changes come from the service, not a client: no client info, locale or local time.
        activity.Remove("entities");
        activity.Remove("locale");
        activity.Remove("localTimestamp");
        activity.Remove("localTimezone");
        return activity;
    }

    /// <summary>The app was installed ("add") in or removed ("remove") from this conversation, in the shape of
    /// testdata/teams-fixtures/docs_installationUpdate_add_channel.json.</summary>
    public JsonObject InstallationUpdate(TeamsUser by, string action)
    {
        var activity = Base("installationUpdate", by, "f:" + Guid.NewGuid().ToString("D"));
        activity["action"] = action;
        activity.Remove("localTimestamp");
        activity.Remove("localTimezone");
        if (conversationType == "channel")
        {
            ((JsonObject)activity["channelData"]!)["settings"] = new JsonObject
            {
                ["selectedChannel"] = new JsonObject { ["id"] = conversationId.Split(";messageid=", 2)[0] },
            };
        }

        return activity;
    }

    /// <summary>Someone removed the bot from the conversation: Teams lists the bot in membersRemoved.</summary>
    public JsonObject BotRemoved(TeamsUser by)
    {
        var activity = Base("conversationUpdate", by, "f:" + Guid.NewGuid().ToString("D"));
        activity["membersRemoved"] = new JsonArray(new JsonObject { ["id"] = BotId });
        activity.Remove("entities");
        activity.Remove("locale");
        activity.Remove("localTimestamp");
        activity.Remove("localTimezone");
        return activity;
    }

    /// <summary>Teams' meetingStart event for the meeting this chat belongs to (channelData.meeting is set in a meeting chat).</summary>
    public JsonObject MeetingStart()
    {
        var activity = Base("event", User(1), NextId());
        activity["name"] = "application/vnd.microsoft.meetingStart";
        var channelData = (JsonObject)activity["channelData"]!;
        channelData["meeting"] ??= new JsonObject { ["id"] = "MCMxOTptZWV0aW5n" };
        activity["value"] = new JsonObject
        {
            ["MeetingType"] = "Scheduled",
            ["Title"] = "Webinar de sociale basis",
            ["Id"] = (string?)channelData["meeting"]!["id"],
            ["JoinUrl"] = "https://teams.microsoft.com/l/meetup-join/" + Uri.EscapeDataString(conversationId),
            ["StartTime"] = Timestamp(clock.GetUtcNow()),
        };
        return activity;
    }

    /// <summary>Teams' meetingEnd event for the meeting this chat belongs to.</summary>
    public JsonObject MeetingEnd()
    {
        var activity = Base("event", User(1), NextId());
        activity["name"] = "application/vnd.microsoft.meetingEnd";
        ((JsonObject)activity["channelData"]!)["meeting"] ??= new JsonObject { ["id"] = "MCMxOTptZWV0aW5n" };
        activity["value"] = new JsonObject
        {
            ["MeetingType"] = "Scheduled",
            ["Title"] = "Webinar de sociale basis",
            ["Id"] = conversationId,
            ["JoinUrl"] = "https://teams.microsoft.com/l/meetup-join/" + Uri.EscapeDataString(conversationId),
            ["EndTime"] = Timestamp(clock.GetUtcNow()),
        };
        return activity;
    }

    /// <summary>The person accepted a file consent card (Teams' fileConsent/invoke) for <paramref name="name"/>.</summary>
    public JsonObject FileConsentAccept(TeamsUser from, JsonNode context, Uri uploadUrl, string name)
    {
        var activity = Base("invoke", from, NextId());
        activity["name"] = "fileConsent/invoke";
        activity["value"] = new JsonObject
        {
            ["type"] = "fileUpload",
            ["action"] = "accept",
            ["context"] = context.DeepClone(),
            ["uploadInfo"] = new JsonObject
            {
                ["contentUrl"] = new Uri(uploadUrl, "/files/" + Uri.EscapeDataString(name)).ToString(),
                ["name"] = name,
                ["uploadUrl"] = uploadUrl.ToString(),
                ["uniqueId"] = Guid.NewGuid().ToString("D").ToUpperInvariant(),
                ["fileType"] = Path.GetExtension(name).TrimStart('.'),
                ["etag"] = "1",
            },
        };
        return activity;
    }

    private JsonObject Base(string type, TeamsUser from, string id)
    {
        var now = clock.GetUtcNow();
        var channelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = Tenant } };
        if (MeetingId is not null)
        {
            channelData["source"] = null;
            channelData["meeting"] = new JsonObject { ["id"] = MeetingId };
        }

        if (conversationType == "channel")
        {
            // Every thread of a channel has its own conversation id; channelData names the channel and its team.
            var channel = conversationId.Split(";messageid=", 2)[0];
            channelData["teamsChannelId"] = channel;
            channelData["teamsTeamId"] = channel;
            channelData["channel"] = new JsonObject { ["id"] = channel };
            channelData["team"] = new JsonObject { ["id"] = channel };
        }

        var conversation = new JsonObject
        {
            ["conversationType"] = conversationType,
            ["tenantId"] = Tenant,
            ["id"] = conversationId,
        };
        if (Name is not null)
        {
            conversation["name"] = Name;
        }
        if (conversationType != "personal")
        {
            conversation.Insert(0, "isGroup", true);
        }

        return new JsonObject
        {
            ["type"] = type,
            ["timestamp"] = Timestamp(now),
            ["localTimestamp"] = now.ToOffset(TimeSpan.FromHours(1)).ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture),
            ["id"] = id,
            ["channelId"] = "msteams",
            ["serviceUrl"] = serviceUrl.ToString(),
            ["from"] = new JsonObject { ["id"] = from.Id, ["name"] = from.Name, ["aadObjectId"] = from.AadObjectId },
            ["conversation"] = conversation,
            ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
            ["entities"] = new JsonArray(new JsonObject
            {
                ["locale"] = "nl-NL",
                ["country"] = "NL",
                ["platform"] = "Web",
                ["timezone"] = "Europe/Amsterdam",
                ["type"] = "clientInfo",
            }),
            ["channelData"] = channelData,
            ["locale"] = "nl-NL",
            ["localTimezone"] = "Europe/Amsterdam",
        };
    }

    private static string Timestamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
