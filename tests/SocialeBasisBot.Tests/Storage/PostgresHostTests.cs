using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SocialeBasisBot.Storage;
using SocialeBasisBot.Tests.Infrastructure;

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

    private BotHost Host => host ?? throw new InvalidOperationException("The host was not started.");

    private LocalTeamsConnector Connector => connector ?? throw new InvalidOperationException("The connector was not started.");

    private BotHost StartHost() => new(
        databasePath: "(PostgreSQL)",
        extra: StorageBackend.Settings(backend.Provider, connectionString));
}
