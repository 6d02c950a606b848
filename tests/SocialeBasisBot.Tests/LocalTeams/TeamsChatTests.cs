using System.Text.Json.Nodes;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json;
using SocialeBasisBot.Demo;
using SocialeBasisBot.Tests.Infrastructure;

namespace SocialeBasisBot.Tests.Demo;

/// <summary>The demo's activities carry every field the recorded Teams payloads carry, and Bot Framework reads them as Teams.</summary>
public sealed class TeamsActivityFactoryTests
{
    private static readonly DemoPerson Ahmed = new("ahmed", "Ahmed El Amrani", "29:demo-ahmed", "9b1d2c3e-0000-4000-8000-000000000001");
    private readonly TeamsActivityFactory teams = new(new Uri("http://127.0.0.1:5005/"), "19:abc@thread.v2", "SocialeBasisBot", TimeProvider.System);

    public static TheoryData<string, string> Shapes => new()
    {
        { "message", "js-rec_message_personal_plain.json" },
        { "mention", "js-rec_message_channel_atmention-bot.json" },
        { "submit", "js-rec_message_channel_adaptivecard-actionsubmit-value_with-inputtext.json" },
        { "edit", "docs_messageUpdate_editMessage_personal.json" },
        { "delete", "docs_messageDelete_softDeleteMessage_personal.json" },
        { "added", "js-rec_conversationUpdate_groupChat_membersAdded-user.json" },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Every_field_of_the_recorded_payload_is_present(string kind, string fixture)
    {
        var recorded = (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Fixtures, fixture)))!;
        var built = Build(kind);

        Assert.Empty(recorded.Select(kv => kv.Key).Except(built.Select(kv => kv.Key)));
        Assert.Equal((string?)recorded["type"], (string?)built["type"]);
        Assert.Equal((string?)recorded["channelData"]?["eventType"], (string?)built["channelData"]?["eventType"]);
        Assert.Equal("groupChat", (string?)built["conversation"]?["conversationType"]);
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
    public void Message_ids_increase_like_Teams_timestamps_even_within_one_millisecond()
    {
        var ids = Enumerable.Range(0, 50).Select(_ => long.Parse(teams.NextMessageId(), System.Globalization.CultureInfo.InvariantCulture)).ToList();

        Assert.Equal(ids.Order().Distinct(), ids);
    }

    private JsonObject Build(string kind) => kind switch
    {
        "message" => teams.Message(Ahmed, "Meer vraag naar maatjes", "1700000000001"),
        "mention" => teams.Mention(Ahmed, "volgende", "1700000000002"),
        "submit" => teams.CardSubmit(Ahmed, "1:7", new JsonObject { ["sbb"] = "answer", ["answer"] = "Tekst" }, "1700000000003"),
        "edit" => teams.Edit(Ahmed, "1700000000001", "Nieuwe tekst"),
        "delete" => teams.Delete(Ahmed, "1700000000001"),
        _ => teams.BotAdded(Ahmed),
    };

    private static Activity Read(JsonObject activity) => JsonConvert.DeserializeObject<Activity>(activity.ToJsonString())!;
}
