using System.Net;
using SocialeBasisBot.Tests.Infrastructure;

namespace SocialeBasisBot.Tests.Http;

/// <summary>Teams answers 429 when a bot sends too fast; the bot must wait and retry, not lose the message.</summary>
public sealed class RateLimitTests : LiveBotTest
{

    [Theory]
    [InlineData(429)]
    [InlineData(502)]
    public async Task A_throttled_or_failed_send_is_retried_and_arrives(int status)
    {
        var chat = NewGroupChat();
        Connector.FailNext.Enqueue(status);

        using var response = await Host.PostActivityAsync(chat.Mention(TeamsChat.User(1), "help").ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Connector.Posts, p => p.Text.Contains("`volgende`", StringComparison.Ordinal));
        Assert.Empty(Connector.FailNext);
    }

    [Fact]
    public async Task A_refused_send_is_not_retried_and_the_chat_is_told_something_went_wrong()
    {
        var chat = NewGroupChat();
        Connector.FailNext.Enqueue(403);

        using var response = await Host.PostActivityAsync(chat.Mention(TeamsChat.User(1), "help").ToJsonString());

        Assert.DoesNotContain(Connector.Posts, p => p.Text.Contains("`volgende`", StringComparison.Ordinal));
        Assert.Contains(Connector.Posts, p => p.Text.Contains("er ging bij mij iets mis", StringComparison.Ordinal));
    }
}
