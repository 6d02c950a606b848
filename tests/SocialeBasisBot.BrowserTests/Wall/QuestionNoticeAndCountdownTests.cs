using SocialeBasisBot.BrowserTests.Infrastructure;
using SocialeBasisBot.LocalTeams;
using SocialeBasisBot.Meetings;

namespace SocialeBasisBot.BrowserTests.Wall;

/// <summary>
/// In Chromium against the running bot: the in-meeting bubble's page at the bubble's size (outside Teams: it loads the
/// Teams library, finds no Teams and keeps its OK button hidden), and the wall's countdown for a timed question.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class QuestionNoticeAndCountdownTests(Browser browser) : IAsyncLifetime
{
    private readonly TeamsUser facilitator = new("29:facilitator", "Fenna Begeleider", "aad-facilitator");
    private WallBot bot = null!;

    public async Task InitializeAsync() => bot = await WallBot.StartAsync();

    public async Task DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task The_bubble_page_shows_the_question_and_how_to_answer_at_the_bubble_size()
    {
        var chat = bot.NewChat();
        await bot.SendAsync(chat.Mention(facilitator, "start"));
        var sessionId = await bot.AdvanceToAsync(chat, facilitator, "q1");
        await bot.SendAsync(chat.Mention(facilitator, "timer 3"));
        var link = bot.Service<NoticeLinks>().Create(bot.BaseAddress.ToString(), sessionId, "q1", "nl").Url;

        await using var page = await browser.OpenUrlAsync(new Uri(link), 400, 300);

        Assert.True(await page.WaitForAsync("document.querySelector('h1.question') !== null", TimeSpan.FromSeconds(10)));
        var text = await page.EvalAsync<string>("document.body.innerText");
        Assert.True(text.Contains("Typ je antwoord gewoon in de chat van de vergadering", StringComparison.Ordinal), text);
        Assert.Contains("Sluit om", text, StringComparison.Ordinal);
        Assert.Equal("object", await page.EvalAsync<string>("typeof window.microsoftTeams"));
        // Outside Teams there is no bubble to close.
        Assert.True(await page.EvalAsync<bool>("document.getElementById('notice-done').hidden"));
        Assert.True(await page.EvalAsync<int>("document.documentElement.scrollWidth") <= 400, "the page fits the bubble's width");
        await page.ScreenshotAsync("question-notice-400x300");
        var events = await page.EventsAsync();
        Assert.Empty(events.PageErrors);
        Assert.Empty(events.Blocked);
        Assert.All(events.CspViolations, v => Assert.StartsWith("connect-src https://res.cdn.office.net/teams-js/validDomains/", v, StringComparison.Ordinal));
        Assert.DoesNotContain(await page.AxeAsync(), v => v.IsSeriousOrWorse);
    }

    [Fact]
    public async Task The_wall_counts_down_to_a_timed_questions_close()
    {
        var chat = bot.NewChat();
        await bot.SendAsync(chat.Mention(facilitator, "start"));
        var sessionId = await bot.AdvanceToAsync(chat, facilitator, "q1");
        await bot.SendAsync(chat.Mention(facilitator, "timer 3"));

        await using var page = await browser.OpenUrlAsync(bot.WallLink(sessionId), 1280, 720);

        Assert.True(await page.WaitForAsync("document.querySelector('.closes time') !== null", TimeSpan.FromSeconds(10)), "the close time shows");
        Assert.True(await page.WaitForAsync("/^nog [0-3]:[0-5][0-9]$/.test((document.querySelector('.time-left:not([hidden])') || {}).innerText || '')", TimeSpan.FromSeconds(10)),
            "the countdown runs next to it");
        Assert.StartsWith("Sluit om ", await page.EvalAsync<string>("document.querySelector('.closes time').innerText"), StringComparison.Ordinal);
        await page.ScreenshotAsync("wall-timed-1280x720");
        var events = await page.EventsAsync();
        Assert.Empty(events.PageErrors);
        Assert.Empty(events.CspViolations);
        Assert.DoesNotContain(await page.AxeAsync(), v => v.IsSeriousOrWorse);
    }
}
