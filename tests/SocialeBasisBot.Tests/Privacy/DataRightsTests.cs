using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SocialeBasisBot.Privacy;
using SocialeBasisBot.Storage;
using SocialeBasisBot.Tests.Infrastructure;
using SocialeBasisBot.Tests.Storage;

namespace SocialeBasisBot.Tests.Privacy;

/// <summary>
/// Participants' data rights and retention over HTTP into /api/messages, with the local Teams connector: `mijn gegevens`
/// and its download in a 1:1 chat, `verwijder mijn antwoorden` through its confirm card (gone from later exports and
/// summaries), `verwijder sessie`, and the daily removal of old sessions on a fake clock, once over two instances.
/// </summary>
public abstract partial class DataRightsTests : IAsyncLifetime
{
    private readonly TeamsUser facilitator = TeamsChat.User(1);
    private readonly TeamsUser pia = TeamsChat.User(2);
    private readonly TeamsUser quinten = TeamsChat.User(3);
    private readonly List<BotHost> hosts = [];
    private LocalTeamsConnector connector = null!;

    protected abstract StorageBackend Backend { get; }

    public async Task InitializeAsync()
    {
        connector = await LocalTeamsConnector.StartAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var host in hosts)
        {
            await host.DisposeAsync();
        }

        await connector.DisposeAsync();
        await Backend.DisposeAsync();
    }

    /// <summary>This test's database (a SQLite file or a PostgreSQL database), made once per test.</summary>
    private Dictionary<string, string?> Database() => new()
    {
        ["Storage:Provider"] = Backend.Provider,
        ["ConnectionStrings:SocialeBasisBot"] = Backend.NewDatabase(),
    };

    private Dictionary<string, string?>? database;

    private BotHost StartHost(Action<IServiceCollection>? services = null)
    {
        database ??= Database();
        var host = new BotHost(Path.Combine(Path.GetTempPath(), $"sbb-privacy-{Guid.NewGuid():N}.db"), new Dictionary<string, string?>(database)
        {
            ["Privacy:Notice"] = "Privacy: je antwoorden worden 180 dagen bewaard. Typ `mijn gegevens` in een 1-op-1-chat met de bot.",
            // The retention test moves its fake clock months ahead; a fake clock fires a periodic timer once per period
            // passed, so the one-second question-timer look would run millions of times.
            ["Teams:TimerLookInterval"] = "01:00:00",
        }, services);
        hosts.Add(host);
        return host;
    }

    [SkippableFact]
    public async Task A_participant_sees_downloads_and_deletes_their_answers_which_leave_exports_and_summaries()
    {
        Skip.If(Backend.SkipReason is not null, Backend.SkipReason);
        var host = StartHost();
        var chat = new TeamsChat(connector.ServiceUrl, $"19:{Guid.NewGuid():N}@thread.v2");
        await host.SendAsync(chat.Mention(facilitator, "start"));
        Assert.Contains(connector.PostedTexts, t => t.StartsWith("Privacy: je antwoorden worden 180 dagen bewaard", StringComparison.Ordinal));
        await host.AdvanceToAsync(connector, chat, facilitator, "q1");
        string[] piasAnswers = ["Pia: de buurtkamer is te vaak dicht", "Pia: vrijwilligers haken af door regels"];
        foreach (var text in piasAnswers)
        {
            await host.SendAsync(chat.Message(pia, text));
        }

        await host.SendAsync(chat.Message(quinten, "Quinten: meer ontmoetingsplekken in de wijk"));
        connector.Clear();
        await host.SendAsync(chat.Mention(facilitator, "sluit"));
        Assert.Contains("3 antwoorden van 2 deelnemers", Assert.Single(await SummariesAsync()), StringComparison.Ordinal);

        // `mijn gegevens` in a 1:1 chat: counts per session and a signed link to her own answers.
        var personal = new TeamsChat(connector.ServiceUrl, $"a:{Guid.NewGuid():N}", "personal");
        connector.Clear();
        await host.SendAsync(personal.Message(pia, "mijn gegevens"));
        var kept = Assert.Single(connector.PostedTexts);
        Assert.Contains(": 2 antwoorden", kept, StringComparison.Ordinal);
        var link = LinkIn(kept);
        var own = await DownloadAsync(host, link);
        Assert.All(piasAnswers, a => Assert.Contains(a, own, StringComparison.Ordinal));
        Assert.DoesNotContain("Quinten", own, StringComparison.Ordinal);
        using (var tampered = await host.Client().GetAsync(new Uri(link.Replace("sig=", "sig=x", StringComparison.Ordinal))))
        {
            Assert.Equal(HttpStatusCode.Forbidden, tampered.StatusCode);
        }

        // `mijn gegevens` in the group chat would show it to everyone: refused.
        connector.Clear();
        await host.SendAsync(chat.Mention(pia, "mijn gegevens"));
        Assert.Contains(connector.PostedTexts, t => t.Contains("1-op-1-chat", StringComparison.Ordinal));

        // `verwijder mijn antwoorden` asks first, with a card whose button sends the confirmation back.
        connector.Clear();
        await host.SendAsync(personal.Message(pia, "verwijder mijn antwoorden"));
        var question = Assert.Single(connector.Posts);
        Assert.Contains("Al je 2 antwoorden wissen", question.AllText, StringComparison.Ordinal);
        Assert.Equal("verwijder mijn antwoorden ja", (string?)question.SubmitData!["command"]);
        Assert.Equal(2, (await host.Service<PrivacyStore>().CountAnswersOfAsync(pia.AadObjectId!, CancellationToken.None)).Sum(c => c.Answers));
        connector.Clear();
        await host.SendAsync(personal.CardSubmit(pia, question.ActivityId, question.SubmitData));
        Assert.Contains(connector.PostedTexts, t => t.StartsWith("Gedaan: 2 antwoorden gewist uit 1 sessies", StringComparison.Ordinal));

        // Gone from what is kept, from her download, from a new export and from the question's summary.
        Assert.Empty(await host.Service<PrivacyStore>().CountAnswersOfAsync(pia.AadObjectId!, CancellationToken.None));
        Assert.DoesNotContain("Pia:", await DownloadAsync(host, link), StringComparison.Ordinal);
        connector.Clear();
        await host.SendAsync(chat.Mention(facilitator, "export"));
        var csvLink = connector.Cards.SelectMany(c => c["actions"]!.AsArray()).Select(a => (string?)a!["url"]).Single(u => u!.Contains("antwoorden.csv", StringComparison.Ordinal))!;
        var export = await DownloadAsync(host, csvLink);
        Assert.DoesNotContain("Pia:", export, StringComparison.Ordinal);
        Assert.Contains("Quinten: meer ontmoetingsplekken", export, StringComparison.Ordinal);
        connector.Clear();
        await host.SendAsync(chat.Mention(facilitator, "samenvatting q1"));
        var summary = Assert.Single(await SummariesAsync());
        Assert.Contains("1 antwoord van 1 deelnemer", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Pia:", summary, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_facilitator_deletes_the_session_after_confirming_and_a_participant_may_not()
    {
        Skip.If(Backend.SkipReason is not null, Backend.SkipReason);
        var host = StartHost();
        var chat = new TeamsChat(connector.ServiceUrl, $"19:{Guid.NewGuid():N}@thread.v2");
        await host.SendAsync(chat.Mention(facilitator, "start"));
        await host.AdvanceToAsync(connector, chat, facilitator, "q1");
        await host.SendAsync(chat.Message(pia, "Een antwoord dat met de sessie verdwijnt"));
        var store = host.Service<SessionStore>();
        var session = (await store.FindLatestSessionAsync(chat.ConversationId, CancellationToken.None))!;
        await host.SendAsync(chat.Mention(facilitator, "stop"));

        connector.Clear();
        await host.SendAsync(chat.Mention(pia, "verwijder sessie"));
        Assert.Contains(connector.PostedTexts, t => t.Contains("geen sessie die jij mag wissen", StringComparison.Ordinal));

        connector.Clear();
        await host.SendAsync(chat.Mention(facilitator, "verwijder sessie"));
        var question = Assert.Single(connector.Posts);
        Assert.Contains("met de 1 antwoorden", question.AllText, StringComparison.Ordinal);
        Assert.NotNull(await store.FindSessionAsync(session.Id, CancellationToken.None));

        // "Nee" keeps it; "Ja, wissen" removes it with its answers.
        var cancel = question.Card!["actions"]!.AsArray().Select(a => a!["data"]!.AsObject()).Last();
        await host.SendAsync(chat.CardSubmit(facilitator, question.ActivityId, cancel));
        Assert.NotNull(await store.FindSessionAsync(session.Id, CancellationToken.None));
        connector.Clear();
        await host.SendAsync(chat.CardSubmit(facilitator, question.ActivityId, question.SubmitData!));
        Assert.Contains(connector.PostedTexts, t => t.StartsWith("Gedaan: de sessie en de 1 antwoorden zijn gewist", StringComparison.Ordinal));
        Assert.Null(await store.FindSessionAsync(session.Id, CancellationToken.None));
        Assert.Empty(await store.ListAnswersAsync(session.Id, null, CancellationToken.None));
    }

    [SkippableFact]
    public async Task Old_sessions_are_removed_daily_once_over_two_instances_and_the_schedule_survives_a_restart()
    {
        Skip.If(Backend.SkipReason is not null, Backend.SkipReason);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));
        void Clocked(IServiceCollection services) => services.AddSingleton<TimeProvider>(clock);
        var first = StartHost(Clocked);
        var old = await RunSessionAsync(first);
        clock.Advance(TimeSpan.FromDays(100));
        var recent = await RunSessionAsync(first);
        var second = StartHost(Clocked);
        second.Client().Dispose();

        // 181 days after the first session ended: the next daily run removes it, and only it.
        clock.Advance(TimeSpan.FromDays(81));
        var store = first.Service<SessionStore>();
        Assert.True(await WaitAsync(async () => await store.FindSessionAsync(old, CancellationToken.None) is null), "the old session was removed");
        Assert.NotNull(await store.FindSessionAsync(recent, CancellationToken.None));
        Assert.Empty(await store.ListAnswersAsync(old, null, CancellationToken.None));

        // Today's run is taken: neither instance runs it again, nor one started after a restart.
        Assert.False(await first.Service<RetentionWorker>().RunIfDueAsync(CancellationToken.None));
        Assert.False(await second.Service<RetentionWorker>().RunIfDueAsync(CancellationToken.None));
        await first.DisposeAsync();
        hosts.Remove(first);
        var third = StartHost(Clocked);
        third.Client().Dispose();
        Assert.False(await third.Service<RetentionWorker>().RunIfDueAsync(CancellationToken.None));

        // Two instances claiming a due job at the same moment: one gets it.
        var now = clock.GetUtcNow();
        var claims = await Task.WhenAll(
            second.Service<PrivacyStore>().TryClaimAsync("race", now, now.AddDays(1), "second", CancellationToken.None),
            third.Service<PrivacyStore>().TryClaimAsync("race", now, now.AddDays(1), "third", CancellationToken.None));
        Assert.Equal(1, claims.Count(c => c));
    }

    private async Task<string> RunSessionAsync(BotHost host)
    {
        var chat = new TeamsChat(connector.ServiceUrl, $"19:{Guid.NewGuid():N}@thread.v2");
        await host.SendAsync(chat.Mention(facilitator, "start"));
        await host.AdvanceToAsync(connector, chat, facilitator, "q1");
        await host.SendAsync(chat.Message(pia, "Een antwoord"));
        await host.SendAsync(chat.Mention(facilitator, "stop"));
        return (await host.Service<SessionStore>().FindLatestSessionAsync(chat.ConversationId, CancellationToken.None))!.Id;
    }

    private static async Task<bool> WaitAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 200; i++)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), TimeProvider.System);
        }

        return false;
    }

    /// <summary>The summary cards posted since the last clear, once there is one (the theme engine may be slow on a busy machine).</summary>
    private async Task<List<string>> SummariesAsync()
    {
        await connector.WaitForAsync(c => Summaries(c).Count > 0, TimeSpan.FromSeconds(60));
        return Summaries(connector);
    }

    private static List<string> Summaries(LocalTeamsConnector connector) =>
        // A slow summary first shows a placeholder that the card then replaces (PUT).
        [.. connector.Posts.Concat(connector.Updates).Select(p => p.AllText).Where(t => t.Contains("Samenvatting:", StringComparison.Ordinal))];

    private static string LinkIn(string text) => LinkPattern().Match(text).Groups[1].Value;

    private static async Task<string> DownloadAsync(BotHost host, string url)
    {
        using var response = await host.Client().GetAsync(new Uri(url));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
    }

    [GeneratedRegex(@"\]\((http[^)]+)\)")]
    private static partial Regex LinkPattern();
}

public sealed class SqliteDataRightsTests : DataRightsTests
{
    protected override StorageBackend Backend { get; } = new SqliteBackend();
}

public sealed class PostgresDataRightsTests : DataRightsTests
{
    protected override StorageBackend Backend { get; } = new PostgresBackend();
}
