using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SocialeBasisBot.Privacy;
using SocialeBasisBot.Storage;
using SocialeBasisBot.Summaries;
using SocialeBasisBot.Tests.Infrastructure;
using SocialeBasisBot.Wall;

namespace SocialeBasisBot.Tests.Privacy;

/// <summary>
/// Deletions leave no content behind: the log says which session and how many answers, never what was said or who
/// said it, and the summaries and wall themes kept in memory forget the session at once.
/// </summary>
public sealed class DeletionLogTests : IAsyncLifetime
{
    private const string SecretAnswer = "Mijn buurvrouw Truus helpt mij elke dinsdag met de boodschappen";
    private const string OtherAnswer = "De wijkagent Okkie kent iedereen in de Zonnebloemstraat";
    private readonly TeamsUser facilitator = new("29:facilitator-log", "Fenna Vermeulen-Brakel", "aad-facilitator-log");
    private readonly TeamsUser wilhelmina = new("29:wilhelmina", "Wilhelmina Zonnedauw", "aad-wilhelmina");
    private readonly TeamsUser barend = new("29:barend", "Barend Kwakernaak", "aad-barend");
    private readonly CapturedLogs logs = new();
    private LocalTeamsConnector connector = null!;
    private BotHost host = null!;

    public async Task InitializeAsync()
    {
        connector = await LocalTeamsConnector.StartAsync();
        host = new BotHost(Path.Combine(Path.GetTempPath(), $"sbb-deletionlog-{Guid.NewGuid():N}.db"), new Dictionary<string, string?>
        {
            // Everything the bot logs at Information and up, as production does (appsettings.json), reaches the capture.
            ["Logging:Capture:LogLevel:Default"] = "Information",
        }, services => services.AddSingleton<ILoggerProvider>(logs));
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task Deleting_a_session_logs_its_id_and_count_without_answers_or_names_and_empties_the_caches()
    {
        var (chat, session) = await RunSessionAsync();
        var store = host.Service<SessionStore>();

        // The session's overview and its wall are made, so both caches hold quotes of it.
        var reports = host.Service<SessionReports>();
        var overview = await reports.ExportInputAsync(session.Id, CancellationToken.None);
        Assert.Equal(2, overview!.Summary.AnswerCount);
        await host.Service<WallSnapshots>().GetAsync(session.Id, CancellationToken.None);
        var caches = host.Services.GetServices<ISessionCache>().ToList();
        Assert.Equal(3, caches.Count);
        Assert.True(reports.Holds(session.Id));
        Assert.True(host.Service<WallSnapshots>().Holds(session.Id));
        Assert.True(host.Service<WallThemes>().Holds(session.Id));

        connector.Clear();
        await host.SendAsync(chat.Mention(facilitator, "verwijder sessie"));
        var question = Assert.Single(connector.Posts);
        await host.SendAsync(chat.CardSubmit(facilitator, question.ActivityId, question.SubmitData!));
        Assert.Null(await store.FindSessionAsync(session.Id, CancellationToken.None));

        var deletion = Assert.Single(logs.Entries, e => e.Category == typeof(PrivacyService).FullName && e.Message.Contains("deleted", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Information, deletion.Level);
        Assert.Contains(session.Id, deletion.Message, StringComparison.Ordinal);
        Assert.Contains("with 2 answers", deletion.Message, StringComparison.Ordinal);
        Assert.Contains($"SessionId={session.Id}", deletion.Values);
        Assert.Contains("Answers=2", deletion.Values);
        AssertNoContent();

        // Nothing of the session is kept in memory any more: not its summary, not its wall, not its wall themes.
        Assert.All(caches, c => Assert.False(c.Holds(session.Id), c.GetType().Name));
    }

    [Fact]
    public async Task Deleting_ones_own_answers_logs_counts_only_and_the_sessions_summary_is_forgotten()
    {
        var (_, session) = await RunSessionAsync();
        var reports = host.Service<SessionReports>();
        await reports.ExportInputAsync(session.Id, CancellationToken.None);
        Assert.True(reports.Holds(session.Id));

        var personal = new TeamsChat(connector.ServiceUrl, $"a:{Guid.NewGuid():N}", "personal");
        connector.Clear();
        await host.SendAsync(personal.Message(wilhelmina, "verwijder mijn antwoorden"));
        var question = Assert.Single(connector.Posts);
        await host.SendAsync(personal.CardSubmit(wilhelmina, question.ActivityId, question.SubmitData!));

        var deletion = Assert.Single(logs.Entries, e => e.Category == typeof(PrivacyService).FullName && e.Message.Contains("deleted", StringComparison.Ordinal));
        Assert.Equal("A participant deleted their answers: 1 answers in 1 sessions", deletion.Message);
        AssertNoContent();
        // The summary that quoted her is gone from memory; the next one is made from what is left.
        Assert.False(reports.Holds(session.Id));
        var after = await reports.ExportInputAsync(session.Id, CancellationToken.None);
        Assert.Equal(1, after!.Summary.AnswerCount);
    }

    /// <summary>A session in a group chat with one answer from each participant, stopped.</summary>
    private async Task<(TeamsChat Chat, Sessions.Session Session)> RunSessionAsync()
    {
        var chat = new TeamsChat(connector.ServiceUrl, $"19:{Guid.NewGuid():N}@thread.v2");
        await host.SendAsync(chat.Mention(facilitator, "start"));
        await host.AdvanceToAsync(connector, chat, facilitator, "q1");
        await host.SendAsync(chat.Message(wilhelmina, SecretAnswer));
        await host.SendAsync(chat.Message(barend, OtherAnswer));
        await host.SendAsync(chat.Mention(facilitator, "stop"));
        return (chat, (await host.Service<SessionStore>().FindLatestSessionAsync(chat.ConversationId, CancellationToken.None))!);
    }

    /// <summary>No log line, at any level captured, holds an answer, a piece of one, or a participant's name or id.</summary>
    private void AssertNoContent()
    {
        Assert.NotEmpty(logs.Entries);
        string[] forbidden =
        [
            SecretAnswer, OtherAnswer, "Truus", "boodschappen", "Okkie", "Zonnebloemstraat",
            wilhelmina.Name, "Wilhelmina", "Zonnedauw", wilhelmina.AadObjectId, barend.Name, "Kwakernaak", barend.AadObjectId,
        ];
        foreach (var entry in logs.Entries)
        {
            foreach (var word in forbidden)
            {
                Assert.DoesNotContain(word, entry.Everything, StringComparison.OrdinalIgnoreCase);
            }
        }
    }
}
