using Microsoft.Extensions.DependencyInjection;
using SocialeBasisBot.Storage;
using SocialeBasisBot.Tests.Infrastructure;

namespace SocialeBasisBot.Tests.Meetings;

/// <summary>
/// Timed questions on a clock the test moves: the time is told, a reminder comes 30 s before, and the question closes
/// by itself through the same path as `sluit`, once, also over a restart.
/// </summary>
public sealed class QuestionTimerTests : LiveBotTest
{
    private readonly WatchedClock clock = new();
    private readonly TeamsUser facilitator = TeamsChat.User(1);
    private TeamsChat chat = null!;

    // No "Bezig met samenvatten…" placeholder and no pace on a clock that only moves when the test moves it.
    private static Dictionary<string, string?> Patient => new()
    {
        ["Teams:SummaryPatience"] = "00:01:00",
        ["Outbox:ConversationPace"] = "00:00:00",
    };

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await RestartAsync(services => services.AddSingleton<TimeProvider>(clock), Patient);
        chat = NewGroupChat();
        await SendAsync(chat.Mention(facilitator, "start buurtkracht-workshop"));
        await AdvanceToAsync(chat, facilitator, "wat-zie-jij");
        await SendAsync(chat.Message(TeamsChat.User(2), "De buurtmoeder van de flat"));
    }

    [Fact]
    public async Task Timer_tells_the_time_reminds_30_seconds_before_and_closes_once_with_the_summary()
    {
        Connector.Clear();
        await SendAsync(chat.Mention(facilitator, "timer 3"));
        var closesAt = TimeZoneInfo.ConvertTime(clock.GetUtcNow() + TimeSpan.FromMinutes(3), TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam"));
        Assert.Contains(Connector.Posts, p => p.Text.Contains($"sluit om {closesAt:HH:mm}", StringComparison.Ordinal));

        clock.Advance(TimeSpan.FromSeconds(149));
        Assert.False(await Connector.WaitForAsync(c => c.Posts.Any(p => p.Text.Contains("Nog 30 seconden", StringComparison.Ordinal)), TimeSpan.FromMilliseconds(700)));
        clock.Advance(TimeSpan.FromSeconds(2));
        Assert.True(await Connector.WaitForAsync(c => c.Posts.Any(p => p.Text.Contains("Nog 30 seconden", StringComparison.Ordinal)), TimeSpan.FromSeconds(10)), "the reminder came");

        clock.Advance(TimeSpan.FromSeconds(30));
        Assert.True(await Connector.WaitForAsync(c => Summaries(c) == 1, TimeSpan.FromSeconds(10)), "the question closed with its summary");
        Assert.Contains(Connector.Posts, p => p.Text.Contains("Vraag gesloten", StringComparison.Ordinal));
        Assert.Null(await OpenItemAsync());

        // Later ticks find nothing more to do.
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.False(await Connector.WaitForAsync(c => Summaries(c) > 1, TimeSpan.FromSeconds(1)));
        Assert.Single(Connector.Posts, p => p.Text.Contains("Nog 30 seconden", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_timer_survives_a_restart_and_fires_once()
    {
        await SendAsync(chat.Mention(facilitator, "vraag 2"));

        await RestartAsync(services => services.AddSingleton<TimeProvider>(clock), Patient);
        Host.Client().Dispose(); // the new instance runs, with nothing sent to it: only the database knows the timer
        Connector.Clear();
        clock.Advance(TimeSpan.FromMinutes(2));

        Assert.True(await TickUntilAsync(c => Summaries(c) == 1), "the question closed after the restart");
        Assert.Null(await OpenItemAsync());
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.False(await Connector.WaitForAsync(c => Summaries(c) > 1, TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public async Task Verleng_moves_the_close_on()
    {
        await SendAsync(chat.Mention(facilitator, "timer 1"));
        await SendAsync(chat.Mention(facilitator, "verleng 2"));
        Connector.Clear();

        clock.Advance(TimeSpan.FromSeconds(61));
        Assert.False(await Connector.WaitForAsync(c => Summaries(c) > 0, TimeSpan.FromSeconds(1)));
        Assert.Equal("wat-zie-jij", await OpenItemAsync());

        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.True(await Connector.WaitForAsync(c => Summaries(c) == 1, TimeSpan.FromSeconds(10)), "closed after the extension");
    }

    [Fact]
    public async Task Closing_by_hand_voids_the_timer_so_the_next_question_stays_open()
    {
        await SendAsync(chat.Mention(facilitator, "timer 1"));
        await SendAsync(chat.Mention(facilitator, "volgende"));
        Assert.Equal("eerste-stap", await OpenItemAsync());

        clock.Advance(TimeSpan.FromMinutes(2));
        await Task.Delay(TimeSpan.FromSeconds(1), TimeProvider.System);

        Assert.Equal("eerste-stap", await OpenItemAsync());
    }

    [Fact]
    public async Task Timer_without_minutes_or_open_question_explains()
    {
        Connector.Clear();
        await SendAsync(chat.Mention(facilitator, "timer lang"));
        await SendAsync(chat.Mention(facilitator, "sluit"));
        await SendAsync(chat.Mention(facilitator, "verleng 2"));

        Assert.Contains(Connector.Posts, p => p.Text.Contains("Geef een aantal minuten van 1 tot en met 120", StringComparison.Ordinal));
        Assert.Contains(Connector.Posts, p => p.Text.Contains("Er staat nu geen vraag open", StringComparison.Ordinal));
    }

    /// <summary>
    /// Moves the clock a second at a time until the condition holds: a freshly started instance sets up its timer loop
    /// on its own thread, and may not be waiting on the clock yet when the test first moves it.
    /// </summary>
    private async Task<bool> TickUntilAsync(Func<LocalTeamsConnector, bool> condition)
    {
        for (var tick = 0; tick < 30; tick++)
        {
            if (await Connector.WaitForAsync(condition, TimeSpan.FromMilliseconds(300)))
            {
                return true;
            }

            clock.Advance(TimeSpan.FromSeconds(1));
        }

        return await Connector.WaitForAsync(condition, TimeSpan.FromSeconds(5));
    }

    private static int Summaries(LocalTeamsConnector c) =>
        c.Cards.Count(card => CardText.All(card).Any(t => t.StartsWith("Samenvatting:", StringComparison.Ordinal)));

    private async Task<string?> OpenItemAsync() =>
        (await Host.Service<SessionStore>().FindLatestSessionAsync(chat.ConversationId, CancellationToken.None))!.OpenItemId;
}
