using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SocialeBasisBot.Sessions;
using SocialeBasisBot.Storage;
using SocialeBasisBot.Tests.Infrastructure;
using SocialeBasisBot.Tests.Privacy;

namespace SocialeBasisBot.Tests.Storage;

/// <summary>
/// The database goes away while the outbox is in the middle of a send, at the worst moment: Teams has just taken a new
/// message and the bot cannot write that down. Once the database is back the send must finish within seconds (not after
/// the claim's ten-minute lease), and what Teams already showed must not be posted again. The real host over HTTP, the
/// real database (each subclass says how it goes away), and the local Teams connector holding its answer until the
/// database is gone.
/// </summary>
public abstract class OutboxOutageTests : IAsyncLifetime
{
    /// <summary>Far less than the claim's lease (10 minutes): only a send taken up again by this instance is this quick.</summary>
    private static readonly TimeSpan Soon = TimeSpan.FromSeconds(20);

    private readonly TeamsUser facilitator = TeamsChat.User(1);
    private readonly CapturedLogs logs = new();
    // Set once the database is away: Teams' held answer may reach the bot then.
    private readonly ManualResetEventSlim lost = new();
    private LocalTeamsConnector? connector;
    private BotHost? host;
    private TeamsChat chat = null!;

    protected abstract StorageBackend Backend { get; }

    /// <summary>The connection string the bot gets for a new database.</summary>
    protected abstract string NewDatabase();

    /// <summary>Takes the database away from the running bot.</summary>
    protected abstract Task LoseAsync();

    /// <summary>Gives it back.</summary>
    protected abstract Task RegainAsync();

    public async Task InitializeAsync()
    {
        if (Backend.SkipReason is not null)
        {
            return;
        }

        connector = await LocalTeamsConnector.StartAsync();
        chat = new TeamsChat(connector.ServiceUrl, $"19:{Guid.NewGuid():N}@thread.v2");
        var settings = StorageBackend.Settings(Backend.Provider, NewDatabase());
        // "Bezig met samenvatten…" at once: the summary is a new message (the placeholder) and then an update of it.
        settings["Teams:SummaryPatience"] = "00:00:00";
        host = new BotHost(databasePath: "(see connection string)", extra: settings, services: s => s.AddSingleton<ILoggerProvider>(logs));
    }

    public async Task DisposeAsync()
    {
        if (host is not null)
        {
            await host.DisposeAsync();
        }

        if (connector is not null)
        {
            await connector.DisposeAsync();
        }

        await Backend.DisposeAsync();
        lost.Dispose();
    }

    [SkippableFact]
    public async Task A_message_Teams_took_as_the_database_went_away_is_recorded_when_it_is_back_and_not_posted_again()
    {
        Skip.If(Backend.SkipReason is not null, Backend.SkipReason);
        await Host.SendAsync(chat.Mention(facilitator, "start"));
        var mark = Connector.Calls.Count;
        var reply = await HoldFirstPostAsync(_ => true, () => Host.PostActivityAsync(chat.Mention(facilitator, "status").ToJsonString()));

        var back = await LoseAndRegainAsync();

        Assert.True(await SentAsync(), $"the reply was recorded as sent within {Soon} of the database's return");
        var took = back.Elapsed;
        Assert.False(await Connector.WaitForAsync(c => Posts(c, mark).Count > 1, TimeSpan.FromSeconds(1)), "the reply was not posted again");
        Assert.Equal([reply.ActivityId], Posts(Connector, mark).Select(p => p.ActivityId));
        var message = (await OutboxAsync()).Last();
        Assert.Equal((OutboxState.Sent, reply.ActivityId, (DateTimeOffset?)null), (message.State, message.ActivityId, message.PostingSince));

        // The chat's queue moves on: the next reply goes out at once, and the first still only once.
        await Host.SendAsync(chat.Mention(facilitator, "status"));
        Assert.Equal(2, Posts(Connector, mark).Count);
        Assert.True(took < Soon, $"took {took}");
    }

    [SkippableFact]
    public async Task A_summary_whose_placeholder_Teams_took_as_the_database_went_away_is_finished_once_it_is_back()
    {
        Skip.If(Backend.SkipReason is not null, Backend.SkipReason);
        await Host.SendAsync(chat.Mention(facilitator, "start"));
        await Host.AdvanceToAsync(Connector, chat, facilitator, "q1");
        foreach (var answer in DevAnswers.For("q1").Take(4))
        {
            await Host.SendAsync(chat.Message(new TeamsUser($"29:{answer.Participant}", answer.Participant, $"aad-{answer.Participant}"), answer.Text));
        }

        var mark = Connector.Calls.Count;
        var placeholder = await HoldFirstPostAsync(
            call => call.Text.StartsWith(Phrases.Dutch.Summarising, StringComparison.Ordinal),
            () => Host.PostActivityAsync(chat.Mention(facilitator, "sluit").ToJsonString()));

        var back = await LoseAndRegainAsync();

        Assert.True(await SentAsync(), $"the summary was finished within {Soon} of the database's return");
        Assert.True(back.Elapsed < Soon, $"took {back.Elapsed}");
        Assert.False(await Connector.WaitForAsync(c => Posts(c, mark).Count(IsPlaceholder) > 1, TimeSpan.FromSeconds(1)), "no second placeholder");
        var calls = Connector.Calls.Skip(mark).Where(c => c.Succeeded).ToList();
        Assert.Single(calls, c => c.Method == "POST" && IsPlaceholder(c));
        Assert.DoesNotContain(calls, c => c.Method == "POST" && IsSummary(c));
        // The card replaced the placeholder Teams had shown (once, or again when the summary was made again after the outage).
        var cards = calls.Where(c => c.Method == "PUT" && IsSummary(c)).ToList();
        Assert.NotEmpty(cards);
        Assert.All(cards, c => Assert.Equal(placeholder.ActivityId, c.ActivityId));
        var summary = (await OutboxAsync()).Single(o => o.Kind == OutboxKind.QuestionSummary && o.ItemId == "q1");
        Assert.Equal((OutboxState.Sent, placeholder.ActivityId), (summary.State, summary.ActivityId));
    }

    private BotHost Host => host ?? throw new InvalidOperationException("The host was not started.");

    private LocalTeamsConnector Connector => connector ?? throw new InvalidOperationException("The connector was not started.");

    private static bool IsPlaceholder(ConnectorCall call) => call.Text.StartsWith(Phrases.Dutch.Summarising, StringComparison.Ordinal);

    private static bool IsSummary(ConnectorCall call) =>
        call.Cards.Any(c => CardText.All(c).Any(t => t.StartsWith("Samenvatting:", StringComparison.Ordinal)));

    private static List<ConnectorCall> Posts(LocalTeamsConnector connector, int mark) =>
        [.. connector.Calls.Skip(mark).Where(c => c.Succeeded && c.Method == "POST")];

    /// <summary>
    /// Runs <paramref name="turn"/> (expecting 200) and holds Teams' answer to the first POST that matches until the test
    /// has taken the database away: Teams has the message, the bot hears so only when it can no longer write it down.
    /// </summary>
    private async Task<ConnectorCall> HoldFirstPostAsync(Func<ConnectorCall, bool> match, Func<Task<HttpResponseMessage>> turn)
    {
        var held = new TaskCompletionSource<ConnectorCall>(TaskCreationOptions.RunContinuationsAsynchronously);
        Connector.Received = call =>
        {
            if (call.Method == "POST" && call.Succeeded && match(call) && held.TrySetResult(call))
            {
                lost.Wait(TimeSpan.FromSeconds(30));
            }
        };

        using (var response = await turn())
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        return await held.Task.WaitAsync(TimeSpan.FromSeconds(60));
    }

    /// <summary>
    /// Takes the database away, lets Teams' held answer through, waits until the outbox has met the outage while
    /// writing it down, and gives the database back; the stopwatch runs from the return.
    /// </summary>
    private async Task<Stopwatch> LoseAndRegainAsync()
    {
        await LoseAsync();
        lost.Set();
        Assert.True(await NotRecordedAsync(), "the outbox could not write down what Teams did");
        await RegainAsync();
        return Stopwatch.StartNew();
    }

    /// <summary>Waits (at most 30 s) for the sender's warning that it keeps an outcome until the database is back.</summary>
    private async Task<bool> NotRecordedAsync()
    {
        for (var i = 0; i < 300; i++)
        {
            if (logs.Entries.Any(e => e.Category == typeof(SocialeBasisBot.Teams.OutboxSender).FullName && e.Level == LogLevel.Warning
                && e.Message.Contains("could not be written", StringComparison.Ordinal)))
            {
                return true;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), TimeProvider.System);
        }

        return false;
    }

    /// <summary>Whether nothing is pending in the outbox within <see cref="Soon"/>.</summary>
    private async Task<bool> SentAsync()
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < Soon)
        {
            if (await AfterTheOutageAsync(() => Host.Service<OutboxStore>().CountPendingAsync(CancellationToken.None)) == 0)
            {
                return true;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), TimeProvider.System);
        }

        return false;
    }

    /// <summary>The chat's outbox, oldest first.</summary>
    private Task<List<OutboxMessage>> OutboxAsync() => AfterTheOutageAsync(async () =>
    {
        await using var db = await Host.Service<IDbContextFactory<SocialeBasisDbContext>>().CreateDbContextAsync();
        return await db.Outbox.AsNoTracking().Where(o => o.ConversationId == chat.ConversationId).OrderBy(o => o.Id).ToListAsync();
    });

    /// <summary>A pooled connection the server ended while the database was away fails once when next used: ask again.</summary>
    private static async Task<T> AfterTheOutageAsync<T>(Func<Task<T>> read)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await read();
            }
            catch (Exception ex) when (StorageOutage.Is(ex) && attempt < 20)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50), TimeProvider.System);
            }
        }
    }
}
