using Microsoft.Extensions.DependencyInjection;
using SocialeBasisBot.Storage;
using SocialeBasisBot.Tests.Storage;
using SocialeBasisBot.Tests.Infrastructure;

namespace SocialeBasisBot.Tests.Meetings;

/// <summary>
/// Two instances on one PostgreSQL, both with the timer due at the same moment: the question closes once, with one
/// summary and one reminder. Skipped (with the reason) when no PostgreSQL test server is configured.
/// </summary>
public sealed class QuestionTimerInstancesTests : IAsyncLifetime
{
    private readonly WatchedClock clock = new();
    private readonly TeamsUser facilitator = TeamsChat.User(1);
    private readonly TwoInstances instances;

    private LocalTeamsConnector connector = null!;
    private BotHost first = null!;
    private BotHost second = null!;

    public QuestionTimerInstancesTests()
    {
        instances = new TwoInstances(
            new Dictionary<string, string?> { ["Teams:SummaryPatience"] = "00:01:00", ["Outbox:ConversationPace"] = "00:00:00" },
            services => services.AddSingleton<TimeProvider>(clock));
    }

    public async Task InitializeAsync()
    {
        await instances.InitializeAsync();
        if (instances.SkipReason is null)
        {
            (connector, first, second) = (instances.Connector, instances.First, instances.Second);
        }
    }

    public Task DisposeAsync() => instances.DisposeAsync();

    [SkippableFact]
    public async Task A_timer_due_on_two_instances_closes_the_question_once()
    {
        Skip.If(instances.SkipReason is not null, instances.SkipReason);
        var chat = new TeamsChat(connector.ServiceUrl, $"19:{Guid.NewGuid():N}@thread.v2");
        await first.SendAsync(chat.Mention(facilitator, "start buurtkracht-workshop"));
        await first.AdvanceToAsync(connector, chat, facilitator, "wat-zie-jij");
        await second.SendAsync(chat.Message(TeamsChat.User(2), "De buurtmoeder van de flat"));
        await second.SendAsync(chat.Mention(facilitator, "timer 1"));
        connector.Clear();

        // Both instances tick on the same clock, so both find the reminder and then the close due at once.
        for (var tick = 0; tick < 40 && !connector.Posts.Any(p => p.Text.Contains("Nog 30 seconden", StringComparison.Ordinal)); tick++)
        {
            clock.Advance(TimeSpan.FromSeconds(tick == 0 ? 30 : 1));
            await connector.WaitForAsync(c => c.Posts.Any(p => p.Text.Contains("Nog 30 seconden", StringComparison.Ordinal)), TimeSpan.FromMilliseconds(300));
        }

        for (var tick = 0; tick < 40 && Summaries(connector) == 0; tick++)
        {
            clock.Advance(TimeSpan.FromSeconds(tick == 0 ? 30 : 1));
            await connector.WaitForAsync(c => Summaries(c) > 0, TimeSpan.FromMilliseconds(300));
        }

        // Give a second firing every chance to show itself.
        clock.Advance(TimeSpan.FromSeconds(5));
        await connector.WaitForAsync(c => Summaries(c) > 1, TimeSpan.FromSeconds(2));
        Assert.Equal(1, Summaries(connector));
        Assert.Single(connector.Posts, p => p.Text.Contains("Nog 30 seconden", StringComparison.Ordinal));
        Assert.Single(connector.Posts, p => p.Text.Contains("Vraag gesloten", StringComparison.Ordinal));
        var session = await first.Service<SessionStore>().FindLatestSessionAsync(chat.ConversationId, CancellationToken.None);
        Assert.Null(session!.OpenItemId);
        Assert.Null(session.ClosesAt);
    }

    private static int Summaries(LocalTeamsConnector c) =>
        c.Cards.Count(card => CardText.All(card).Any(t => t.StartsWith("Samenvatting:", StringComparison.Ordinal)));
}
