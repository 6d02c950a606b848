using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SocialeBasisBot.Tests.Infrastructure;

namespace SocialeBasisBot.Tests.Http;

/// <summary>
/// Teams answers 429 when a bot sends too fast; the bot must wait as long as Teams asks and retry, not lose the
/// message. The bot waits on a fake clock here, so a realistic Retry-After costs the test no time.
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
    public async Task A_throttled_send_waits_the_Retry_After_Teams_gave_and_then_arrives()
    {
        var chat = NewGroupChat();
        Connector.FailNext(HttpStatusCode.TooManyRequests, retryAfter: TimeSpan.FromSeconds(30));

        var sending = Host.PostActivityAsync(chat.Mention(TeamsChat.User(1), "help").ToJsonString());
        var wait = await clock.NextWaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(sending.IsCompleted, "the bot waits for Teams before it answers the activity");
        clock.Advance(wait);
        using var response = await sending.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(TimeSpan.FromSeconds(30), wait);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([429, 200], Connector.Calls.Select(c => c.Status));
        Assert.Contains("`volgende`", Assert.Single(Connector.Posts).Text, StringComparison.Ordinal);
        Assert.Equal(0, Connector.PendingFailures);
    }

    [Theory]
    [InlineData(HttpStatusCode.PreconditionFailed)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    public async Task A_failed_send_is_retried_after_a_back_off_and_arrives(HttpStatusCode status)
    {
        var chat = NewGroupChat();
        Connector.FailNext(status);

        var sending = Host.PostActivityAsync(chat.Mention(TeamsChat.User(1), "help").ToJsonString());
        var wait = await clock.NextWaitAsync(TimeSpan.FromSeconds(10));
        clock.Advance(wait);
        using var response = await sending.WaitAsync(TimeSpan.FromSeconds(30));

        // Teams:SendRetryDelay is 50 ms in the tests' host; jitter keeps the first back-off near it.
        Assert.InRange(wait, TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([(int)status, 200], Connector.Calls.Select(c => c.Status));
        Assert.Contains("`volgende`", Assert.Single(Connector.Posts).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_send_is_not_retried_and_the_chat_is_told_something_went_wrong()
    {
        var chat = NewGroupChat();
        Connector.FailNext(HttpStatusCode.Forbidden);

        using var response = await Host.PostActivityAsync(chat.Mention(TeamsChat.User(1), "help").ToJsonString());

        var refused = Assert.Single(Connector.Calls, c => !c.Succeeded);
        Assert.Equal(403, refused.Status);
        Assert.Contains("`volgende`", refused.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Connector.Posts, p => p.Text.Contains("`volgende`", StringComparison.Ordinal));
        Assert.Contains(Connector.Posts, p => p.Text.Contains("er ging bij mij iets mis", StringComparison.Ordinal));
    }
}
