using System.Text.Json.Nodes;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json;

namespace SocialeBasisBot.Tests.LocalTeams;

/// <summary>The kit's activities carry every field the recorded Teams payloads carry, and Bot Framework reads them as Teams.</summary>
public sealed class TeamsChatTests
{
    private static readonly TeamsUser Ahmed = new("29:demo-ahmed", "Ahmed El Amrani", "9b1d2c3e-0000-4000-8000-000000000001");
    private readonly TeamsChat chat = new(new Uri("http://127.0.0.1:5005/"), "19:abc@thread.v2");

    public static TheoryData<string, string> Shapes => new()
    {
        { "message", "js-rec_message_personal_plain.json" },
        { "mention", "js-rec_message_channel_atmention-bot.json" },
        { "submit", "js-rec_message_channel_adaptivecard-actionsubmit-value_with-inputtext.json" },
        { "edit", "docs_messageUpdate_editMessage_personal.json" },
        { "delete", "docs_messageDelete_softDeleteMessage_personal.json" },
        { "added", "js-rec_conversationUpdate_groupChat_membersAdded-user.json" },
        { "meetingEnd", "docs_event_meetingEnd.json" },
        { "meetingStart", "teamsnet-SYNTHETIC_event_meetingStart.json" },
        { "installationUpdate", "docs_installationUpdate_add_channel.json" },
        { "cardAction", "shape_invoke_adaptiveCardAction.json" },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Every_field_of_the_recorded_payload_is_present(string kind, string fixture)
    {
        var recorded = Fixture(fixture);
        var built = Build(kind);

        Assert.Empty(recorded.Select(kv => kv.Key).Except(built.Select(kv => kv.Key)));
        Assert.Equal((string?)recorded["type"], (string?)built["type"]);
        Assert.Equal((string?)recorded["name"], (string?)built["name"]);
        Assert.Equal((string?)recorded["channelData"]?["eventType"], (string?)built["channelData"]?["eventType"]);
        Assert.Equal("groupChat", (string?)built["conversation"]?["conversationType"]);
        Assert.Equal(TeamsChat.BotId, (string?)built["recipient"]?["id"]);
    }

    [Fact]
    public void A_file_consent_accept_carries_every_field_Teams_documents()
    {
        var recorded = Fixture("docs_invoke_fileConsent_accept_CONCISE.json");
        var built = new TeamsChat(new Uri("http://127.0.0.1:5005/"), "a:1-op-1", "personal")
            .FileConsentAccept(Ahmed, new JsonObject { ["file"] = "antwoorden.csv" }, new Uri("http://127.0.0.1:5005/upload/antwoorden.csv"), "antwoorden.csv");

        Assert.Equal("invoke", (string?)built["type"]);
        Assert.Equal((string?)recorded["name"], (string?)built["name"]);
        Assert.Empty(((JsonObject)recorded["value"]!).Select(kv => kv.Key).Except(((JsonObject)built["value"]!).Select(kv => kv.Key)));
        Assert.Empty(((JsonObject)recorded["value"]!["uploadInfo"]!).Select(kv => kv.Key).Except(((JsonObject)built["value"]!["uploadInfo"]!).Select(kv => kv.Key)));
        Assert.Equal("http://127.0.0.1:5005/upload/antwoorden.csv", (string?)built["value"]!["uploadInfo"]!["uploadUrl"]);
        Assert.Equal("antwoorden.csv", (string?)built["value"]!["context"]!["file"]);
    }

    [Fact]
    public void Bot_Framework_reads_the_mention_the_submit_and_the_edit_as_Teams_does()
    {
        var mention = Read(Build("mention"));
        var submit = Read(Build("submit"));
        var edit = Read(Build("edit"));

        var mentioned = Assert.Single(mention.GetMentions());
        Assert.Equal(mention.Recipient.Id, mentioned.Mentioned.Id);
        Assert.Equal("<at>SocialeBasisBot</at> volgende\n", mention.Text);
        Assert.Equal("1:7", submit.ReplyToId);
        Assert.Equal("answer", ((Newtonsoft.Json.Linq.JObject)submit.Value)["sbb"]!.ToString());
        Assert.Equal("editMessage", edit.GetChannelData<TeamsChannelData>().EventType);
        Assert.Equal(ActivityTypes.MessageUpdate, edit.Type);
    }

    [Fact]
    public void A_channel_thread_names_its_channel_and_team_and_a_personal_chat_is_not_a_group()
    {
        var thread = Read(new TeamsChat(new Uri("http://127.0.0.1:5005/"), "19:kanaal@thread.skype;messageid=1571537152320", "channel").Message(Ahmed, "B"));
        var personal = Read(new TeamsChat(new Uri("http://127.0.0.1:5005/"), "a:1-op-1", "personal").Message(Ahmed, "export"));

        Assert.Equal("19:kanaal@thread.skype", thread.GetChannelData<TeamsChannelData>().Channel.Id);
        Assert.Equal("19:kanaal@thread.skype", thread.GetChannelData<TeamsChannelData>().Team.Id);
        Assert.True(thread.Conversation.IsGroup);
        Assert.Null(personal.Conversation.IsGroup);
        Assert.Equal("personal", personal.Conversation.ConversationType);
    }

    [Fact]
    public void Message_ids_are_the_clock_in_milliseconds_and_increase_even_within_one_millisecond()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.FromUnixTimeMilliseconds(4_102_444_800_000));
        var stopped = new TeamsChat(new Uri("http://127.0.0.1:5005/"), "19:abc@thread.v2", time: clock);

        var ids = Enumerable.Range(0, 50).Select(_ => long.Parse(stopped.NextId(), System.Globalization.CultureInfo.InvariantCulture)).ToList();

        Assert.Equal(ids.Order().Distinct(), ids);
        // Other tests take ids from the same process-wide sequence at the same time, so only "not before the clock".
        Assert.All(ids, id => Assert.True(id >= 4_102_444_800_000));
    }

    private JsonObject Build(string kind) => kind switch
    {
        "message" => chat.Message(Ahmed, "Meer vraag naar maatjes", "1700000000001"),
        "mention" => chat.Mention(Ahmed, "volgende", "1700000000002"),
        "submit" => chat.CardSubmit(Ahmed, "1:7", new JsonObject { ["sbb"] = "answer", ["answer"] = "Tekst" }, "1700000000003"),
        "edit" => chat.Edit(Ahmed, "1700000000001", "Nieuwe tekst"),
        "delete" => chat.Delete(Ahmed, "1700000000001"),
        "meetingEnd" => chat.MeetingEnd(),
        "meetingStart" => chat.MeetingStart(),
        "installationUpdate" => chat.InstallationUpdate(Ahmed, "add"),
        "cardAction" => chat.CardAction(Ahmed, "1:7", "sbb.answer", new JsonObject { ["sbb"] = "answer", ["answer"] = "Tekst" }),
        _ => chat.BotAdded(Ahmed),
    };

    private static JsonObject Fixture(string name) =>
        (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Fixtures, name)))!;

    private static Activity Read(JsonObject activity) => JsonConvert.DeserializeObject<Activity>(activity.ToJsonString())!;
}
