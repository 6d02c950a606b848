using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SocialeBasisBot.Privacy;
using SocialeBasisBot.Storage;
using SocialeBasisBot.Tests.Infrastructure;
using SocialeBasisBot.Wall;

namespace SocialeBasisBot.Tests.Wall;

/// <summary>
/// What the wall keeps in memory per session (its latest read and its themes) goes when the session stops (the
/// question's themes), is deleted (everything) or is no longer watched (everything, after Wall:ForgetAfter).
/// </summary>
public sealed class WallMemoryTests : LiveBotTest
{
    private readonly WatchedClock clock = new();
    private readonly TeamsUser facilitator = TeamsChat.User(1);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await RestartAsync(services => services.AddSingleton<TimeProvider>(clock), new Dictionary<string, string?>
        {
            ["Exports:SigningKey"] = "wall-memory-signing-key-0123456789abcdef",
            ["Wall:ForgetAfter"] = "00:05:00",
            ["Teams:TimerLookInterval"] = "01:00:00",
        });
    }

    [Fact]
    public async Task Stop_clears_the_question_themes_and_delete_clears_the_session()
    {
        var chat = NewGroupChat();
        await SendAsync(chat.Mention(facilitator, "start"));
        await AdvanceToAsync(chat, facilitator, "q1");
        for (var i = 2; i < 7; i++)
            await SendAsync(chat.Message(TeamsChat.User(i), $"Het buurthuis is open op dag {i}"));
        var session = await SessionIdAsync(chat);
        var snapshots = Host.Service<WallSnapshots>();
        var themes = Host.Service<WallThemes>();

        Assert.Equal(HttpStatusCode.OK, await GetWallAsync(session));
        Assert.Equal(1, snapshots.SessionsHeld);
        Assert.True(themes.HoldsQuestionThemes(session));

        await SendAsync(chat.Mention(facilitator, "stop"));
        clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(HttpStatusCode.OK, await GetWallAsync(session));
        Assert.False(themes.HoldsQuestionThemes(session));

        await Host.Service<PrivacyStore>().DeleteSessionsAsync([session], CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(2));
        var link = Link(session);
        Assert.Equal(HttpStatusCode.NotFound, await GetAsync(link));
        Assert.True(await EventuallyAsync(() => snapshots.SessionsHeld == 0 && themes.SessionsHeld == 0));
    }

    [Fact]
    public async Task A_wall_nobody_watches_is_forgotten()
    {
        var watched = NewGroupChat();
        var forgotten = NewGroupChat();
        await SendAsync(forgotten.Mention(facilitator, "start"));
        await AdvanceToAsync(forgotten, facilitator, "q1");
        await SendAsync(watched.Mention(facilitator, "start"));
        var old = await SessionIdAsync(forgotten);
        var snapshots = Host.Service<WallSnapshots>();
        var themes = Host.Service<WallThemes>();
        Assert.Equal(HttpStatusCode.OK, await GetWallAsync(old));
        Assert.True(themes.HoldsQuestionThemes(old));

        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(HttpStatusCode.OK, await GetWallAsync(await SessionIdAsync(watched)));

        Assert.Equal(1, snapshots.SessionsHeld);
        Assert.False(themes.HoldsQuestionThemes(old));
        Assert.Equal(0, themes.SessionsHeld);
    }

    private string Link(string session) => Host.Service<WallLinks>().Create(Host.BaseAddress.ToString(), session).Url;

    private Task<HttpStatusCode> GetWallAsync(string session) => GetAsync(Link(session));

    private async Task<HttpStatusCode> GetAsync(string url)
    {
        using var client = Host.Client();
        using var response = await client.GetAsync(new Uri(url));
        return response.StatusCode;
    }

    private async Task<string> SessionIdAsync(TeamsChat chat) =>
        (await Host.Service<SessionStore>().FindLatestSessionAsync(chat.ConversationId, CancellationToken.None))!.Id;

    /// <summary>The forgetting follows the read that found the session gone; it does not wait on the clock.</summary>
    private static async Task<bool> EventuallyAsync(Func<bool> condition)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            if (waited.Elapsed > TimeSpan.FromSeconds(10))
                return false;
            await Task.Delay(TimeSpan.FromMilliseconds(20), TimeProvider.System);
        }

        return true;
    }
}
