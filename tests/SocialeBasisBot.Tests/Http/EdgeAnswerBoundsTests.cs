using System.Text;
using SocialeBasisBot.Answers;
using SocialeBasisBot.Storage;
using SocialeBasisBot.Tests.Infrastructure;

namespace SocialeBasisBot.Tests.Http;

/// <summary>
/// Answers far longer than anyone writes, over real HTTP: stored shortened with a visible mark that the exports show,
/// and, if a huge one is stored anyway, `sluit` still summarises within seconds.
/// </summary>
public sealed class EdgeAnswerBoundsTests : LiveBotTest
{
    private readonly TeamsUser facilitator = new("29:facilitator", "Fenna Begeleider", "aad-facilitator");

    [Fact]
    public async Task A_long_answer_is_stored_shortened_with_a_mark_that_the_export_shows()
    {
        var chat = NewGroupChat();
        await SendAsync(chat.Mention(facilitator, "start"));
        await AdvanceToAsync(chat, facilitator, "q1");
        var longAnswer = string.Concat(Enumerable.Repeat("Wij werken samen met het buurthuis en de bibliotheek. ", 400));

        await SendAsync(chat.Message(TeamsChat.User(7), longAnswer));
        await SendAsync(chat.Message(TeamsChat.User(8), "Kort antwoord"));

        var store = Host.Service<SessionStore>();
        var session = await store.FindLatestSessionAsync(chat.ConversationId, CancellationToken.None);
        var answers = await store.ListAnswersAsync(session!.Id, "q1", CancellationToken.None);
        var shortened = answers.Single(a => a.ParticipantId == TeamsChat.User(7).AadObjectId);
        Assert.Equal(4_000, shortened.Text.Length);
        Assert.StartsWith(longAnswer[..1_000], shortened.Text, StringComparison.Ordinal);
        Assert.EndsWith($"[ingekort; {longAnswer.TrimEnd().Length} tekens]", shortened.Text, StringComparison.Ordinal);
        Assert.True(AnswerText.IsShortened(shortened.Text));
        Assert.Equal("Kort antwoord", answers.Single(a => a.ParticipantId == TeamsChat.User(8).AadObjectId).Text);

        await SendAsync(chat.Mention(facilitator, "export"));
        var card = Connector.Cards.Last(c => CardText.All(c).Contains("Downloads"));
        var csvLink = card["actions"]!.AsArray().Select(a => a!["url"]!.GetValue<string>()).Single(u => u.Contains("antwoorden.csv", StringComparison.Ordinal));
        using var client = Host.Client();
        var csv = Encoding.UTF8.GetString(await client.GetByteArrayAsync(new Uri(csvLink)));
        Assert.Contains($"[ingekort; {longAnswer.TrimEnd().Length} tekens]", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_answer_of_one_100_000_character_word_stored_whole_still_gets_its_summary_in_seconds()
    {
        // The cap lifted, so the theme engine's own bounds are what is tested.
        await RestartAsync(extra: new Dictionary<string, string?> { ["Answers:MaxLength"] = "200000" });
        var chat = NewGroupChat();
        await SendAsync(chat.Mention(facilitator, "start"));
        await AdvanceToAsync(chat, facilitator, "q1");
        var word = string.Concat(Enumerable.Repeat("buurtkrachtvrijwilligerscentrale", 4_000))[..100_000];
        await SendAsync(chat.Message(TeamsChat.User(2), word));
        foreach (var (text, n) in DevAnswers.For("q1").Take(12).Select((a, i) => (a.Text, i + 3)))
        {
            await SendAsync(chat.Message(TeamsChat.User(n), text));
        }

        var store = Host.Service<SessionStore>();
        var session = await store.FindLatestSessionAsync(chat.ConversationId, CancellationToken.None);
        Assert.Contains(await store.ListAnswersAsync(session!.Id, "q1", CancellationToken.None), a => a.Text.Length == 100_000);
        Connector.Clear();

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var close = SendAsync(chat.Mention(facilitator, "sluit"));

        // A generous bound for a shared 2-core machine; before the bounds this took 19 s (issue 8).
        var summarised = await Connector.WaitForAsync(
            c => c.Cards.Any(card => CardText.All(card).Any(t => t.StartsWith("Samenvatting:", StringComparison.Ordinal))), TimeSpan.FromSeconds(8));
        Assert.True(summarised, $"no summary card within 8 s of sluit ({watch.ElapsedMilliseconds} ms)");
        await close;
    }
}
