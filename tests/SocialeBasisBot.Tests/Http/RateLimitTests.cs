using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SocialeBasisBot.Storage;
using SocialeBasisBot.Tests.Infrastructure;

namespace SocialeBasisBot.Tests.Http;

/// <summary>
/// Teams answers 429 when a bot sends too fast. A command's reply goes through the outbox: the turn gets its 200 at
/// once, and the worker waits as long as Teams asks and retries, without losing or doubling the message. The bot waits
/// on a fake clock here, so a realistic Retry-After costs the test no real time.
/// </summary>
public sealed class RateLimitTests : LiveBotTest
{
    private readonly WatchedClock clock = new();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await RestartAsync(services => services.AddSingleton<TimeProvider>(clock));
    }

    [Fact]
    public async Task A_throttled_reply_waits_the_Retry_After_Teams_gave_and_then_arrives_once()
    {
        var chat = NewGroupChat();
        Connector.FailNext(HttpStatusCode.TooManyRequests, retryAfter: TimeSpan.FromSeconds(30));

        using (var response = await Host.PostActivityAsync(chat.Mention(TeamsChat.User(1), "help").ToJsonString()))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.True(await Connector.WaitForAsync(c => c.Calls.Count == 1, TimeSpan.FromSeconds(10)), "the worker tried once");
        var throttled = await ReplyAsync();
        for (var i = 0; i < 100 && throttled.Attempts == 0; i++)
        {
            await Connector.WaitForCallAsync(TimeSpan.FromMilliseconds(20));
            throttled = await ReplyAsync();
        }

        Assert.Equal(clock.GetUtcNow() + TimeSpan.FromSeconds(30), throttled.DueAt);
        clock.Advance(TimeSpan.FromSeconds(29));
        Assert.False(await Connector.WaitForAsync(c => c.Posts.Count > 0, TimeSpan.FromMilliseconds(300)), "not before Teams said");
        clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Contains("`volgende`", (await Connector.WaitForTextAsync("`volgende`"))!.Text, StringComparison.Ordinal);
        Assert.Equal([429, 200], Connector.Calls.Select(c => c.Status));
        Assert.True(await Host.OutboxSentAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(OutboxState.Sent, (await ReplyAsync()).State);
    }

    [Theory]
    [InlineData(HttpStatusCode.PreconditionFailed)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    public async Task A_failed_reply_is_retried_after_a_back_off_and_arrives(HttpStatusCode status)
    {
        var chat = NewGroupChat();
        Connector.FailNext(status);

        using (var response = await Host.PostActivityAsync(chat.Mention(TeamsChat.User(1), "help").ToJsonString()))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        // Outbox:FirstBackoff is 50 ms in the tests' host.
        for (var i = 0; i < 50 && Connector.Posts.Count == 0; i++)
        {
            await Connector.WaitForCallAsync(TimeSpan.FromMilliseconds(50));
            clock.Advance(TimeSpan.FromMilliseconds(50));
        }

        Assert.NotNull(await Connector.WaitForTextAsync("`volgende`"));
        Assert.Equal([(int)status, 200], Connector.Calls.Select(c => c.Status));
    }

    [Fact]
    public async Task A_refused_reply_is_not_retried()
    {
        var chat = NewGroupChat();
        Connector.FailNext(HttpStatusCode.Forbidden);

        using (var response = await Host.PostActivityAsync(chat.Mention(TeamsChat.User(1), "help").ToJsonString()))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.True(await Host.OutboxSentAsync(TimeSpan.FromSeconds(10)));
        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.False(await Connector.WaitForCallAsync(TimeSpan.FromMilliseconds(300)), "no second try");
        var refused = Assert.Single(Connector.Calls);
        Assert.Equal(403, refused.Status);
        Assert.Contains("`volgende`", refused.Text, StringComparison.Ordinal);
        Assert.Equal(OutboxState.Failed, (await ReplyAsync()).State);
    }

    private async Task<OutboxMessage> ReplyAsync()
    {
        var all = await Host.Service<OutboxStore>().ListAsync("", CancellationToken.None);
        return Assert.Single(all, o => o.Kind == OutboxKind.Text);
    }
}
