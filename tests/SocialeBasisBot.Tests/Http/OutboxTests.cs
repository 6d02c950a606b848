using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SocialeBasisBot.Storage;
using SocialeBasisBot.Tests.Infrastructure;

namespace SocialeBasisBot.Tests.Http;

/// <summary>
/// What the bot sends after a turn (closed cards, summaries) goes through the durable outbox: Teams throttling for
/// minutes, a restart before the send, or a POST that got no answer lose nothing and post nothing twice. The bot runs
/// on a fake clock, so Retry-After and the conversation pace cost the tests no real time.
/// </summary>
public sealed class OutboxTests : LiveBotTest
{
    private readonly WatchedClock clock = new();
    private readonly TeamsUser facilitator = TeamsChat.User(1);
    private TeamsChat chat = null!;

    // No "Bezig met samenvatten…" placeholder while the tests step the clock: the summary comes as one new message.
    private static Dictionary<string, string?> Patient => new()
    {
        ["Teams:SummaryPatience"] = "00:01:00",
    };

    /// <summary>Calls before this index happened before the `sluit` under test.</summary>
    private int mark;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await RestartAsync(services => services.AddSingleton<TimeProvider>(clock), Patient);
        chat = NewGroupChat();
    }

    [Fact]
    public async Task A_summary_throttled_eight_times_in_a_row_arrives_after_the_throttle_once()
    {
        await OpenQ1WithAnswersAsync();
        // The closed card and "Vraag gesloten" go first; the eight 429s then meet the summary's POST.
        AfterTheClose(() =>
        {
            for (var i = 0; i < 8; i++)
            {
                Connector.FailNext(HttpStatusCode.TooManyRequests, retryAfter: TimeSpan.FromSeconds(30));
            }
        });

        var started = clock.GetUtcNow();
        mark = Connector.Calls.Count;
        using (var response = await Host.PostActivityAsync(chat.Mention(facilitator, "sluit").ToJsonString()))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.True(await StepClockUntilAsync(c => SummaryPosts(c).Count > 0), "the summary arrived");

        Assert.Equal(8, Connector.Calls.Skip(mark).Count(c => c.Status == 429));
        Assert.Equal(0, Connector.PendingFailures);
        Assert.True(clock.GetUtcNow() - started >= TimeSpan.FromSeconds(8 * 30), "it waited as long as Teams asked, each time");
        Assert.False(await Connector.WaitForAsync(c => SummaryPosts(c).Count > 1, TimeSpan.FromMilliseconds(300)));
        var sent = await SummaryMessageAsync();
        Assert.Equal(OutboxState.Sent, sent.State);
        Assert.Equal(9, sent.Attempts);
    }

    [Fact]
    public async Task A_summary_queued_before_a_restart_is_posted_by_the_next_instance_and_sluit_again_reposts_it()
    {
        await OpenQ1WithAnswersAsync();
        mark = Connector.Calls.Count;
        // Teams throttles the summary's POST for 30 s (on a clock that stands still until the test moves it).
        AfterTheClose(() => Connector.FailNext(HttpStatusCode.TooManyRequests, retryAfter: TimeSpan.FromSeconds(30)));
        using (var response = await Host.PostActivityAsync(chat.Mention(facilitator, "sluit").ToJsonString()))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.True(await Connector.WaitForAsync(c => c.Calls.Any(call => call.Status == 429), TimeSpan.FromSeconds(60)), "Teams throttled the summary");
        for (var i = 0; i < 100 && (await SummaryMessageAsync()).Attempts == 0; i++)
        {
            await Connector.WaitForCallAsync(TimeSpan.FromMilliseconds(50));
        }

        Assert.Empty(SummaryPosts(Connector));
        Assert.Equal(OutboxState.Pending, (await SummaryMessageAsync()).State);

        await RestartAsync(services => services.AddSingleton<TimeProvider>(clock), Patient);
        Host.Client().Dispose();
        Assert.True(await StepClockUntilAsync(c => SummaryPosts(c).Count == 1), "the restarted bot posted the summary");

        // `sluit` on the closed question posts it again (as after a summary Teams never took).
        using (var again = await Host.PostActivityAsync(chat.Mention(facilitator, "sluit").ToJsonString()))
        {
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        }

        Assert.True(await StepClockUntilAsync(c => SummaryPosts(c).Count == 2), "sluit re-posted the summary");
        Assert.Contains(Connector.PostedTexts, t => t.Contains("komt opnieuw", StringComparison.Ordinal));

        using (var byName = await Host.PostActivityAsync(chat.Mention(facilitator, "samenvatting q1").ToJsonString()))
        {
            Assert.Equal(HttpStatusCode.OK, byName.StatusCode);
        }

        Assert.True(await StepClockUntilAsync(c => SummaryPosts(c).Count == 3), "samenvatting q1 re-posted the summary");
    }

    [Fact]
    public async Task A_summary_POST_that_gets_no_answer_is_not_sent_again_by_itself()
    {
        await RestartAsync(
            services => services.AddSingleton<TimeProvider>(clock),
            new Dictionary<string, string?>(Patient) { ["Outbox:SendTimeout"] = "00:00:01" });
        await OpenQ1WithAnswersAsync();
        using var release = new ManualResetEventSlim();
        var holdPosts = 0;
        // Armed once the closed card and "Vraag gesloten" are out, so the summary's POST is the one that hangs.
        AfterTheClose(() => Volatile.Write(ref holdPosts, 1), call =>
        {
            if (call.Method == "POST" && Interlocked.CompareExchange(ref holdPosts, 2, 1) == 1)
            {
                // Teams takes the message but its answer never reaches the bot (the bot gives up after 1 s).
                release.Wait(TimeSpan.FromSeconds(5));
            }
        });

        mark = Connector.Calls.Count;
        using (var response = await Host.PostActivityAsync(chat.Mention(facilitator, "sluit").ToJsonString()))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        try
        {
            // The summary's POST reaches Teams and hangs there until the bot's own timeout ends it.
            // (The summary's first message: its card, or "Bezig met samenvatten…" when making it took a while.)
            Assert.True(await StepClockUntilAsync(c => Posts(c) == 2), "the POST reached Teams");
            for (var i = 0; i < 100 && (await SummaryMessageAsync()).State == OutboxState.Pending; i++)
            {
                await Connector.WaitForCallAsync(TimeSpan.FromMilliseconds(100));
            }
        }
        finally
        {
            release.Set();
        }

        Assert.Equal(OutboxState.Uncertain, (await SummaryMessageAsync()).State);
        // Stepping on: the message stays where it is, so Teams shows it once.
        Assert.False(await StepClockUntilAsync(c => Posts(c) > 2, steps: 5));
        Assert.Equal(2, Posts(Connector));
    }

    /// <summary>
    /// Runs <paramref name="arm"/> once both the closed card's update and "Vraag gesloten" reached Teams (both from the
    /// outbox, in that order); <paramref name="then"/> sees every call after that.
    /// </summary>
    private void AfterTheClose(Action arm, Action<ConnectorCall>? then = null)
    {
        var seen = 0;
        Connector.Received = call =>
        {
            if (Volatile.Read(ref seen) == 2)
            {
                then?.Invoke(call);
                return;
            }

            if ((call.Method == "PUT" && call.AllText.Contains("Gesloten", StringComparison.Ordinal))
                || (call.Method == "POST" && call.Text.StartsWith("Vraag gesloten", StringComparison.Ordinal)))
            {
                if (Interlocked.Increment(ref seen) == 2)
                {
                    arm();
                }
            }
        };
    }

    private async Task OpenQ1WithAnswersAsync()
    {
        await SendAsync(chat.Mention(facilitator, "start"));
        await AdvanceToAsync(chat, facilitator, "q1");
        foreach (var answer in DevAnswers.For("q1").Take(4))
        {
            await SendAsync(chat.Message(new TeamsUser($"29:{answer.Participant}", answer.Participant, $"aad-{answer.Participant}"), answer.Text));
        }
    }

    /// <summary>Summary cards Teams showed: new messages, or a placeholder replaced (which these tests avoid).</summary>
    private List<ConnectorCall> SummaryPosts(LocalTeamsConnector connector) =>
        [.. connector.Calls.Skip(mark).Where(c => c.Succeeded && c.Method is "POST" or "PUT").Where(p => p.Cards.Any(c => CardText.All(c).Any(t => t.StartsWith("Samenvatting:", StringComparison.Ordinal))))];

    /// <summary>New messages since the `sluit` under test: "Vraag gesloten" and the summary.</summary>
    private int Posts(LocalTeamsConnector connector) => connector.Calls.Skip(mark).Count(c => c.Method == "POST");

    private async Task<OutboxMessage> SummaryMessageAsync()
    {
        var store = Host.Service<SessionStore>();
        var session = await store.FindLatestSessionAsync(chat.ConversationId, CancellationToken.None);
        var all = await Host.Service<OutboxStore>().ListAsync(session!.Id, CancellationToken.None);
        return all.First(o => o.Kind == OutboxKind.QuestionSummary && o.ItemId == "q1");
    }

    /// <summary>
    /// Moves the bot's clock on in 31 s steps (past a Retry-After of 30 s), giving the worker up to a second of real
    /// time after each step to act (making a summary on a loaded 2-core machine takes a while), until the condition
    /// holds; false after <paramref name="steps"/> steps.
    /// </summary>
    private async Task<bool> StepClockUntilAsync(Func<LocalTeamsConnector, bool> condition, int steps = 40)
    {
        for (var i = 0; i < steps; i++)
        {
            if (await Connector.WaitForAsync(condition, TimeSpan.FromSeconds(1)))
            {
                return true;
            }

            clock.Advance(TimeSpan.FromSeconds(31));
        }

        return condition(Connector);
    }
}
