using System.Net;
using SocialeBasisBot.Tests.Infrastructure;

namespace SocialeBasisBot.Tests.Http;

/// <summary>Teams answers 429 when a bot sends too fast; the bot must wait and retry, not lose the message.</summary>
public sealed class RateLimitTests : IAsyncLifetime
{
    private readonly string databasePath = Path.Combine(Path.GetTempPath(), $"sbb-{Guid.NewGuid():N}.db");
    private FakeTeamsConnector connector = null!;
    private BotHost host = null!;

    public async Task InitializeAsync()
    {
        connector = await FakeTeamsConnector.StartAsync();
        host = new BotHost(databasePath);
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await connector.DisposeAsync();
    }

    [Theory]
    [InlineData(429)]
    [InlineData(502)]
    public async Task A_throttled_or_failed_send_is_retried_and_arrives(int status)
    {
        var chat = new TeamsChat(connector.ServiceUrl, $"19:{Guid.NewGuid():N}@thread.v2");
        connector.FailNext.Enqueue(status);

        using var response = await host.PostActivityAsync(chat.Mention(TeamsChat.User(1), "help").ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(connector.Posts, p => p.Text.Contains("`volgende`", StringComparison.Ordinal));
        Assert.Empty(connector.FailNext);
    }

    [Fact]
    public async Task A_refused_send_is_not_retried_and_the_chat_is_told_something_went_wrong()
    {
        var chat = new TeamsChat(connector.ServiceUrl, $"19:{Guid.NewGuid():N}@thread.v2");
        connector.FailNext.Enqueue(403);

        using var response = await host.PostActivityAsync(chat.Mention(TeamsChat.User(1), "help").ToJsonString());

        Assert.DoesNotContain(connector.Posts, p => p.Text.Contains("`volgende`", StringComparison.Ordinal));
        Assert.Contains(connector.Posts, p => p.Text.Contains("er ging bij mij iets mis", StringComparison.Ordinal));
    }
}
