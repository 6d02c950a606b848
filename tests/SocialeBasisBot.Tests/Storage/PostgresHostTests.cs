using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SocialeBasisBot.Storage;
using SocialeBasisBot.Tests.Infrastructure;
using SocialeBasisBot.Tests.Privacy;

namespace SocialeBasisBot.Tests.Storage;

/// <summary>
/// The real host with Storage:Provider=Postgres: a webinar over HTTP into /api/messages with a restart of the host in
/// the middle of the question, and /healthz. Skipped (with the reason) when no PostgreSQL test server is configured.
/// </summary>
public sealed class PostgresHostTests : IAsyncLifetime
{
    private const string GroupChat = "19:postgres-webinar@thread.v2";
    private readonly PostgresBackend backend = new();
    private LocalTeamsConnector? connector;
    private BotHost? host;
    private TeamsChat chat = null!;
    private string connectionString = "";
    private readonly CapturedLogs logs = new();

    public async Task InitializeAsync()
    {
        if (backend.SkipReason is not null)
        {
            return;
        }

        connectionString = backend.NewDatabase();
        connector = await LocalTeamsConnector.StartAsync();
        chat = new TeamsChat(connector.ServiceUrl, GroupChat);
        host = StartHost();
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

        await backend.DisposeAsync();
    }

    [SkippableFact]
    public async Task A_question_answered_on_PostgreSQL_keeps_its_answers_over_a_restart()
    {
        Skip.If(backend.SkipReason is not null, backend.SkipReason);
        await using (var db = await Host.Service<IDbContextFactory<SocialeBasisDbContext>>().CreateDbContextAsync())
        {
            Assert.Contains("Npgsql", db.Database.ProviderName, StringComparison.Ordinal);
        }

        var facilitator = TeamsChat.User(1);
        await Host.SendAsync(chat.BotAdded(facilitator));
        await Host.SendAsync(chat.Mention(facilitator, "start"));
        Assert.Contains(Connector.Posts, p => p.Text.Contains("gestart door Deelnemer 1", StringComparison.Ordinal));
        var q1Card = await Host.AdvanceToAsync(Connector, chat, facilitator, "q1");
        var sessionId = q1Card.SubmitData!["session"]!.GetValue<string>();

        var ids = new Dictionary<int, string>();
        for (var n = 2; n <= 5; n++)
        {
            var message = chat.Message(TeamsChat.User(n), $"Antwoord {n}: minder vrijwilligers beschikbaar");
            ids[n] = message["id"]!.GetValue<string>();
            await Host.SendAsync(message);
        }

        await Host.SendAsync(chat.Mention(TeamsChat.User(6), "Meer eenzaamheid in de wijk"));
        await Host.SendAsync(chat.CardSubmit(TeamsChat.User(7), q1Card.ActivityId, new JsonObject
        {
            ["sbb"] = "answer",
            ["session"] = sessionId,
            ["item"] = "q1",
            ["answer"] = "Buurthuis heeft minder open uren",
        }));
        // A duplicate delivery, an edit and a delete: 6 answers count, from 6 people.
        await Host.SendAsync(chat.Message(TeamsChat.User(2), "Antwoord 2: minder vrijwilligers beschikbaar", ids[2]));
        await Host.SendAsync(chat.Edit(TeamsChat.User(3), ids[3], "Antwoord 3 (aangepast): vrijwilligers zijn overbelast"));
        await Host.SendAsync(chat.Delete(TeamsChat.User(4), ids[4]));
        var postsBeforeStatus = Connector.Posts.Count;
        await Host.SendAsync(chat.Mention(facilitator, "status"));
        Assert.Contains("(5 antwoorden)", Assert.Single(Connector.Posts.Skip(postsBeforeStatus)).Text, StringComparison.Ordinal);

        // Restart in the middle of the question: the session and its answers come back from PostgreSQL.
        await Host.DisposeAsync();
        host = StartHost();
        await Host.SendAsync(chat.Message(TeamsChat.User(8), "Na de herstart: meer vraag naar mantelzorgondersteuning"));

        var answers = await Host.Service<SessionStore>().ListAnswersAsync(sessionId, "q1", CancellationToken.None);
        Assert.Equal(7, answers.Count);
        Assert.Equal(6, answers.Count(a => !a.IsRetracted));
        Assert.Equal("Antwoord 3 (aangepast): vrijwilligers zijn overbelast", answers.Single(a => a.SourceMessageId == ids[3]).Text);
        Assert.True(answers.Single(a => a.SourceMessageId == ids[4]).IsRetracted);
        Assert.All(answers, a => Assert.Equal(TimeSpan.Zero, a.ReceivedAt.Offset));

        Connector.Clear();
        await Host.SendAsync(chat.Mention(facilitator, "sluit"));
        Assert.Contains(Connector.Posts, p => p.Text.Contains("6 antwoorden van 6 deelnemers", StringComparison.Ordinal));
        Assert.Contains(Connector.Updates, u => u.PathActivityId == q1Card.ActivityId && u.AllText.Contains("Gesloten · 6 antwoorden", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task Healthz_reports_PostgreSQL_and_turns_503_when_the_database_is_gone()
    {
        Skip.If(backend.SkipReason is not null, backend.SkipReason);
        var client = Host.Client();
        using (var healthy = await client.GetAsync(new Uri("/healthz", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, healthy.StatusCode);
        }

        var name = new Npgsql.NpgsqlConnectionStringBuilder(connectionString).Database;
        await PostgresBackend.ExecuteAsync(PostgresBackend.ServerConnectionString!, $"DROP DATABASE \"{name}\" WITH (FORCE)");
        using var gone = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, gone.StatusCode);
        // The process keeps serving: the next request is answered too.
        using var again = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, again.StatusCode);
    }

    /// <summary>
    /// A database that goes away (its connections ended by the server, as on a failover) must not stop the host: the
    /// outbox sender and the timer worker log it and look again, and once the database is back the bot answers again.
    /// Before this test the outbox sender threw EF Core's "transient failure" exception out of its loop, and .NET
    /// stopped the host.
    /// </summary>
    [SkippableFact]
    public async Task When_the_database_is_away_and_comes_back_the_host_keeps_running_and_the_bot_answers_again()
    {
        Skip.If(backend.SkipReason is not null, backend.SkipReason);
        var client = Host.Client();
        var facilitator = TeamsChat.User(1);
        await Host.SendAsync(chat.Mention(facilitator, "start"));
        var name = new Npgsql.NpgsqlConnectionStringBuilder(connectionString).Database;

        // Away: no new connections, and the server ends the open ones (pooled and mid-query alike).
        await PostgresBackend.ExecuteAsync(PostgresBackend.ServerConnectionString!,
            $"ALTER DATABASE \"{name}\" ALLOW_CONNECTIONS false; SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'");
        Assert.True(await LoggedAsync(typeof(SocialeBasisBot.Teams.OutboxSender)), "the outbox sender met the lost database");
        Assert.True(await LoggedAsync(typeof(SocialeBasisBot.Teams.Meetings.QuestionTimerWorker)), "the timer worker met the lost database");
        using (var gone = await client.GetAsync(new Uri("/healthz", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, gone.StatusCode);
        }

        await PostgresBackend.ExecuteAsync(PostgresBackend.ServerConnectionString!, $"ALTER DATABASE \"{name}\" ALLOW_CONNECTIONS true");
        Assert.True(await HealthyAsync(client), "/healthz says 200 again once the database is back");

        // The outbox sender is still there: the bot's answer to a command goes out.
        Connector.Clear();
        await Host.SendAsync(chat.Mention(facilitator, "status"));
        Assert.NotEmpty(Connector.Posts);
    }

    /// <summary>
    /// Answers whose batch PostgreSQL ends as a deadlock (a test trigger raises the server's 40P01 on the first insert
    /// statement) are acknowledged to Teams and stored once each: the batch is run again.
    /// </summary>
    [SkippableFact]
    public async Task Answers_whose_batch_meets_a_deadlock_are_acknowledged_and_stored_once_each()
    {
        Skip.If(backend.SkipReason is not null, backend.SkipReason);
        var sessionId = await OpenQ1WithDeadlocksAsync(failingStatements: 1);

        var messages = Enumerable.Range(2, 6).Select(n => chat.Message(TeamsChat.User(n), $"Antwoord {n}: de buurtbus rijdt niet meer")).ToList();
        var responses = await Task.WhenAll(messages.Select(m => Host.PostActivityAsync(m.ToJsonString())));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        foreach (var response in responses)
        {
            response.Dispose();
        }

        var answers = await Host.Service<SessionStore>().ListAnswersAsync(sessionId, "q1", CancellationToken.None);
        Assert.Equal(messages.Select(m => m["id"]!.GetValue<string>()).Order(), answers.Select(a => a.SourceMessageId).Order());
        Assert.True(await PostgresDeadlocks.InsertStatementsAsync(connectionString) >= 2, "the deadlock happened and the batch ran again");
    }

    /// <summary>
    /// A deadlock on every attempt: the batch is given up after TurnStore.DeadlockAttempts and nothing is stored, so the
    /// turn is not acknowledged: 503 (it was 200, as if the answer were kept).
    /// </summary>
    [SkippableFact]
    public async Task An_answer_whose_batch_meets_a_deadlock_every_time_is_given_up_not_retried_for_ever()
    {
        Skip.If(backend.SkipReason is not null, backend.SkipReason);
        var sessionId = await OpenQ1WithDeadlocksAsync(failingStatements: int.MaxValue);

        using var response = await Host.PostActivityAsync(chat.Message(TeamsChat.User(2), "Antwoord dat niet lukt").ToJsonString());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TurnStore.DeadlockAttempts, await PostgresDeadlocks.InsertStatementsAsync(connectionString));
        Assert.Empty(await Host.Service<SessionStore>().ListAnswersAsync(sessionId, "q1", CancellationToken.None));
    }

    /// <summary>Starts a session at q1, then makes the server end the first insert statements as deadlocks; the session's id.</summary>
    private async Task<string> OpenQ1WithDeadlocksAsync(int failingStatements)
    {
        var facilitator = TeamsChat.User(1);
        await Host.SendAsync(chat.Mention(facilitator, "start"));
        var q1Card = await Host.AdvanceToAsync(Connector, chat, facilitator, "q1");
        await PostgresDeadlocks.InstallAsync(connectionString, failingStatements);
        return q1Card.SubmitData!["session"]!.GetValue<string>();
    }

    /// <summary>Asks /healthz until it says 200 (at most 30 s): a pooled connection the server ended fails once first.</summary>
    private static async Task<bool> HealthyAsync(HttpClient client)
    {
        for (var i = 0; i < 300; i++)
        {
            using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return true;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), TimeProvider.System);
        }

        return false;
    }

    /// <summary>Waits (at most 30 s) until <paramref name="worker"/> has logged a warning with the database's exception.</summary>
    private async Task<bool> LoggedAsync(Type worker)
    {
        for (var i = 0; i < 300; i++)
        {
            if (logs.Entries.Any(e => e.Category == worker.FullName && e.Level == LogLevel.Warning && e.Exception is not null))
            {
                return true;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), TimeProvider.System);
        }

        return false;
    }

    private BotHost Host => host ?? throw new InvalidOperationException("The host was not started.");

    private LocalTeamsConnector Connector => connector ?? throw new InvalidOperationException("The connector was not started.");

    private BotHost StartHost() => new(
        databasePath: "(PostgreSQL)",
        extra: StorageBackend.Settings(backend.Provider, connectionString),
        services: services => services.AddSingleton<ILoggerProvider>(logs));
}
