using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using SocialeBasisBot.Teams;

namespace SocialeBasisBot.Tests.Edge;

/// <summary>
/// Teams quote-replies in both shapes Teams uses (testdata/teams-fixtures, README): the quoted message's id, and the
/// person's own words without the quoted text.
/// </summary>
public sealed class QuoteReplyReadingTests
{
    private static Activity Fixture(string name) =>
        JsonConvert.DeserializeObject<Activity>(File.ReadAllText(Path.Combine(RepositoryPaths.Fixtures, name)))!;

    [Fact]
    public void The_reply_blockquote_names_the_quoted_message_and_its_quoted_text_is_not_the_answer()
    {
        var activity = Fixture("shape_message_groupChat_quote-reply-html.json");

        Assert.Equal("1764496800000", ActivityReader.QuotedMessageId(activity));
        // "text" repeats the quoted answer; the person added nothing, which makes it "+1" for the quoted answer.
        Assert.Contains("Meer tijd", activity.Text, StringComparison.Ordinal);
        Assert.Equal("", ActivityReader.CleanText(activity));
    }

    [Fact]
    public void The_quotedReply_entity_names_the_quoted_message_and_the_placeholder_is_no_text()
    {
        var activity = Fixture("shape_message_groupChat_quotedReply-entity.json");

        Assert.Equal("1764496800000", ActivityReader.QuotedMessageId(activity));
        Assert.Equal("en ook een vaste contactpersoon bij de gemeente", ActivityReader.CleanText(activity));
    }

    [Fact]
    public void Words_after_the_quote_and_a_mention_of_the_bot_in_it_are_read_as_plain_text_is()
    {
        var chat = new TeamsChat("https://smba.example/", "19:chat@thread.v2");
        var reply = chat.QuoteReply(TeamsChat.User(2), "1764496800000", TeamsChat.User(1), "Meer <tijd> & rust", "Eens, en ook minder regels");
        var activity = JsonConvert.DeserializeObject<Activity>(reply.ToJsonString())!;

        Assert.Equal("1764496800000", ActivityReader.QuotedMessageId(activity));
        Assert.Equal("Eens, en ook minder regels", ActivityReader.CleanText(activity));
    }

    [Fact]
    public void The_local_quote_reply_has_the_shape_of_the_fixture()
    {
        var fixture = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Fixtures, "shape_message_groupChat_quote-reply-html.json")))!;
        var local = new TeamsChat("https://smba.example/", "19:chat@thread.v2").QuoteReply(TeamsChat.User(2), "1764496800000", TeamsChat.User(1), "Meer tijd", "");

        string Html(System.Text.Json.Nodes.JsonNode a) => a["attachments"]![0]!["content"]!.GetValue<string>();
        string Tags(string html) => string.Join(" ", System.Text.RegularExpressions.Regex.Matches(html, "<[a-z]+[^>]*?(itemprop=\"[a-z]+\"|itemtype=\"[^\"]+\")?[^>]*>")
            .Select(m => m.Value.Split(' ')[0] + " " + m.Groups[1].Value));
        Assert.Equal(Tags(Html(fixture)), Tags(Html(local)));
        Assert.Equal((string?)fixture["attachments"]![0]!["contentType"], (string?)local["attachments"]![0]!["contentType"]);
    }

    [Fact]
    public void A_plain_message_quotes_nothing()
    {
        var activity = Fixture("js-rec_message_personal_plain.json");

        Assert.Null(ActivityReader.QuotedMessageId(activity));
    }
}
