using SocialeBasisBot.BrowserTests.Infrastructure;
using SocialeBasisBot.LocalTeams;

namespace SocialeBasisBot.BrowserTests.Wall;

/// <summary>
/// The meeting tab's pages outside Teams, with the real Teams JavaScript client library the bot ships: they load
/// without errors, find out they are not in Teams, and still show the wall (or check a pasted link).
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class WallTabTests(Browser browser) : IAsyncLifetime
{
    private readonly TeamsUser facilitator = new("29:facilitator", "Fenna Begeleider", "aad-facilitator");
    private WallBot bot = null!;

    public async Task InitializeAsync() => bot = await WallBot.StartAsync();

    public async Task DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task The_tab_page_loads_outside_Teams_without_errors_and_shows_the_wall()
    {
        var chat = bot.NewChat();
        await bot.SendAsync(chat.Mention(facilitator, "start"));
        var sessionId = await bot.AdvanceToAsync(chat, facilitator, "q1");
        var link = bot.WallLink(sessionId);

        await using var page = await browser.OpenUrlAsync(new Uri(link.AbsoluteUri.Replace("?", "/tab?", StringComparison.Ordinal)), 320, 640);

        Assert.True(await page.WaitForAsync("document.documentElement.dataset.host === 'browser'", TimeSpan.FromSeconds(10)),
            "the tab page finds out it is not in Teams");
        Assert.Equal("object", await page.EvalAsync<string>("typeof window.microsoftTeams"));
        Assert.True(await page.EvalAsync<bool>("document.getElementById('other-chat').hidden"));
        Assert.Contains("antwoorden", await page.EvalAsync<string>("document.querySelector('.count').innerText"), StringComparison.Ordinal);
        await page.ScreenshotAsync("wall-tab-320x640");
        var events = await page.EventsAsync();
        Assert.Empty(events.PageErrors);
        Assert.Empty(events.Blocked);
        AssertOnlyTheLibrarysOriginListWasRefused(events);
        Assert.DoesNotContain(events.Console, c => c.StartsWith("error", StringComparison.Ordinal) && !c.Contains("https://res.cdn.office.net/teams-js/validDomains/", StringComparison.Ordinal));
        Assert.DoesNotContain(await page.AxeAsync(), v => v.IsSeriousOrWorse);
    }

    [Fact]
    public async Task The_configuration_page_checks_a_pasted_link_with_the_bot()
    {
        var chat = bot.NewChat();
        await bot.SendAsync(chat.Mention(facilitator, "start"));
        var sessionId = await bot.AdvanceToAsync(chat, facilitator, "q1");
        var link = bot.WallLink(sessionId).AbsoluteUri;

        await using var page = await browser.OpenUrlAsync(new Uri(bot.BaseAddress, "/wall/tab/config"), 800, 600);
        Assert.True(await page.WaitForAsync("document.documentElement.dataset.host === 'browser'", TimeSpan.FromSeconds(10)));

        await Paste(page, link.Replace("sig=", "sig=x", StringComparison.Ordinal));
        Assert.True(await page.WaitForAsync("document.getElementById('message').innerText.startsWith('De bot herkent')", TimeSpan.FromSeconds(10)));
        await Paste(page, link);
        Assert.True(await page.WaitForAsync("document.getElementById('message').innerText.startsWith('De link is goed')", TimeSpan.FromSeconds(10)));
        await page.ScreenshotAsync("wall-tab-config");

        var events = await page.EventsAsync();
        Assert.Empty(events.PageErrors);
        AssertOnlyTheLibrarysOriginListWasRefused(events);
        Assert.DoesNotContain(await page.AxeAsync(), v => v.IsSeriousOrWorse);
    }

    /// <summary>
    /// teams-js fetches a list of Teams' origins from Microsoft's CDN when it loads and falls back to the list it
    /// carries when that fails. The pages' policy lets them reach only the bot, so that fetch, and nothing else, is refused.
    /// </summary>
    private static void AssertOnlyTheLibrarysOriginListWasRefused(PageEvents events) =>
        Assert.All(events.CspViolations, v => Assert.StartsWith("connect-src https://res.cdn.office.net/teams-js/validDomains/", v, StringComparison.Ordinal));

    private static async Task Paste(BrowserPage page, string text) =>
        await page.EvalAsync($$"""
            (() => { const input = document.getElementById('wall-link'); input.value = {{System.Text.Json.JsonSerializer.Serialize(text)}}; input.dispatchEvent(new Event('input')); })()
            """);
}
