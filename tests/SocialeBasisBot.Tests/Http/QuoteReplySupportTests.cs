using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using SocialeBasisBot.Storage;
using SocialeBasisBot.Tests.Infrastructure;

namespace SocialeBasisBot.Tests.Http;

/// <summary>
/// A Teams quote-reply that adds nothing is "+1" for the answer it quotes: stored with the quoted message's id,
/// counted on the summary card and in the export's support column, never a theme member of its own.
/// </summary>
public sealed class QuoteReplySupportTests : LiveBotTest
{
    private readonly TeamsUser facilitator = new("29:facilitator", "Fenna Begeleider", "aad-facilitator");

    [Fact]
    public async Task Empty_quote_replies_count_as_support_on_the_card_and_in_the_export()
    {
        var chat = NewGroupChat();
        await SendAsync(chat.Mention(facilitator, "start"));
        await AdvanceToAsync(chat, facilitator, "q1");
        var given = DevAnswers.For("q1").Take(12).ToList();
        string? quotedId = null;
        foreach (var (text, i) in given.Select((a, i) => (a.Text, i)))
        {
            var message = chat.Message(TeamsChat.User(10 + i), text);
            quotedId ??= message["id"]!.GetValue<string>();
            await SendAsync(message);
        }

        // Three people quote the first answer without a word; one quotes it and adds their own idea.
        for (var n = 0; n < 3; n++)
        {
            await SendAsync(chat.QuoteReply(TeamsChat.User(30 + n), quotedId!, TeamsChat.User(10), given[0].Text, ""));
        }

        await SendAsync(chat.QuoteReply(TeamsChat.User(40), quotedId!, TeamsChat.User(10), given[0].Text, "En ook een vaste contactpersoon bij de gemeente"));
        // A quote-reply of something that is no answer (the bot's card) and says nothing is nothing.
        await SendAsync(chat.QuoteReply(TeamsChat.User(41), "1", TeamsChat.User(10), "De vraag", ""));

        var store = Host.Service<SessionStore>();
        var session = await store.FindLatestSessionAsync(chat.ConversationId, CancellationToken.None);
        var stored = await store.ListAnswersAsync(session!.Id, "q1", CancellationToken.None);
        Assert.Equal(given.Count + 4, stored.Count);
        Assert.Equal(4, stored.Count(a => a.QuotedMessageId == quotedId));
        Assert.Equal(3, stored.Count(a => a.QuotedMessageId == quotedId && a.Text.Length == 0));
        Assert.Contains(stored, a => a.Text == "En ook een vaste contactpersoon bij de gemeente");

        Connector.Clear();
        await SendAsync(chat.Mention(facilitator, "sluit"));
        var summary = Connector.Cards.Single(c => CardText.All(c).Any(t => t.StartsWith("Samenvatting:", StringComparison.Ordinal)));
        Assert.Contains("+3", CardText.All(summary));

        Connector.Clear();
        await SendAsync(chat.Mention(facilitator, "export"));
        var csvUrl = Connector.Cards.SelectMany(c => c["actions"]!.AsArray())
            .Select(a => a!["url"]!.GetValue<string>())
            .Single(u => u.Contains("antwoorden.csv", StringComparison.Ordinal));
        using var response = await Host.Client().GetAsync(new Uri(csvUrl));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = SocialeBasisBot.Themes.Cli.CsvRecords.Parse(Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF'), ';', "export")
            .Select(r => r.Fields.ToList()).ToList();
        var header = rows[0];
        var support = header.IndexOf("steun");
        var answer = header.IndexOf("antwoord");
        var theme = header.IndexOf("thema");
        Assert.Equal("3", rows.Single(r => r[answer] == given[0].Text)[support]);
        Assert.Equal(3, rows.Count(r => r[answer] == "" && r[theme] == "Instemming"));
    }
}
