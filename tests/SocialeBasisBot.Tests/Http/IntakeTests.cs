using System.Net;
using System.Net.Http.Headers;
using System.Text;
using SocialeBasisBot.Sessions;
using SocialeBasisBot.Storage;
using SocialeBasisBot.Tests.Infrastructure;

namespace SocialeBasisBot.Tests.Http;

/// <summary>
/// Answer intake never waits on Teams: with the connector hanging (as Teams does under load) answers are still
/// acknowledged at once and stored, and a caller that gives up does not take its answer with it.
/// <para>
/// Runs alone (<see cref="IntakeTimingRunsAlone"/>): its one-second bound is the requirement for the bot, and
/// beside another test class of this assembly (a summary's theme engine in the same process) the same ten answers
/// took 0.6–3.3 s at load 32–53, against 0.14–0.36 s alone at load 35 (docs/benchmarks.md, "house").
/// </para>
/// </summary>
[Collection(IntakeTimingRunsAlone.Name)]
public sealed class IntakeTests : LiveBotTest
{
    private readonly ManualResetEventSlim release = new();
    private readonly TeamsUser facilitator = TeamsChat.User(1);
    private volatile bool hanging;

    private TeamsChat Chat { get; set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Chat = NewGroupChat();
        // Teams holding a call: the connector does not answer for 30 s (or until the test ends).
        Connector.Received = _ =>
        {
            if (hanging)
            {
                release.Wait(TimeSpan.FromSeconds(30));
            }
        };
    }

    public override async Task DisposeAsync()
    {
        release.Set();
        await base.DisposeAsync();
        release.Dispose();
    }

    [Fact]
    public async Task With_Teams_hanging_ten_answers_are_each_acknowledged_within_a_second_and_stored()
    {
        await SendAsync(Chat.Mention(facilitator, "start"));
        await AdvanceToAsync(Chat, facilitator, "q1");
        hanging = true;
        // The first answer makes the count refresh go out, and that update now hangs in Teams.
        await SendAsync(Chat.Message(TeamsChat.User(100), "Eerste antwoord"));
        Assert.True(await Connector.WaitForAsync(c => c.Calls.Any(call => call.Method == "PUT"), TimeSpan.FromSeconds(10)),
            "the count refresh reached Teams and hangs there");

        using var client = Host.Client();
        client.Timeout = TimeSpan.FromSeconds(1);
        var statuses = await Task.WhenAll(Enumerable.Range(0, 10).Select(async i =>
        {
            using var response = await PostAsync(client, Chat.Message(TeamsChat.User(101 + i), $"Antwoord {i}").ToJsonString(), CancellationToken.None);
            return response.StatusCode;
        }));

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        var session = await Host.Service<SessionStore>().FindRunningSessionAsync(Chat.ConversationId, CancellationToken.None);
        Assert.Equal(11, await Host.Service<SessionStore>().CountAnswersAsync(session!.Id, "q1", CancellationToken.None));
    }

    [Fact]
    public async Task An_answer_whose_sender_hangs_up_after_100_ms_is_still_stored()
    {
        await SendAsync(Chat.Mention(facilitator, "start"));
        await AdvanceToAsync(Chat, facilitator, "q1");
        var store = Host.Service<SessionStore>();
        var session = await store.FindRunningSessionAsync(Chat.ConversationId, CancellationToken.None);

        // Keep the turn busy past the caller's patience: it waits for the conversation, as behind a `volgende`.
        var turn = await Host.Service<ConversationLocks>().EnterAsync(Chat.ConversationId, CancellationToken.None);
        using var client = Host.Client();
        // Open the keep-alive connection first, so the 100 ms go to the request and not to connecting: on a loaded
        // machine a cold connection could take longer, and then the answer never left the client at all.
        using (var warm = await client.GetAsync(new Uri("/health/live", UriKind.Relative)))
            Assert.True(warm.IsSuccessStatusCode);
        using (var giveUp = new CancellationTokenSource(TimeSpan.FromMilliseconds(100)))
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
                PostAsync(client, Chat.Message(TeamsChat.User(100), "Ik haak af maar mijn antwoord telt").ToJsonString(), giveUp.Token));
        }

        turn.Dispose();
        Assert.True(await EventuallyAsync(async () => await store.CountAnswersAsync(session!.Id, "q1", CancellationToken.None) == 1),
            "the answer was stored after its sender hung up");
        var answer = Assert.Single(await store.ListAnswersAsync(session!.Id, "q1", CancellationToken.None));
        Assert.Equal("Ik haak af maar mijn antwoord telt", answer.Text);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string json, CancellationToken ct)
    {
        using var content = new StringContent(json, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return await client.PostAsync(new Uri("/api/messages", UriKind.Relative), content, ct);
    }

    /// <summary>Looks again every 20 ms, for at most 10 s: the turn finishes on the server after the client left.</summary>
    private static async Task<bool> EventuallyAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 500; i++)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(20), TimeProvider.System);
        }

        return false;
    }
}
