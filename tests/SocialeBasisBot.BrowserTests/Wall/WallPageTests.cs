using SocialeBasisBot.Answers;
using SocialeBasisBot.BrowserTests.Infrastructure;
using SocialeBasisBot.LocalTeams;
using SocialeBasisBot.Storage;

namespace SocialeBasisBot.BrowserTests.Wall;

/// <summary>
/// The theme wall as the room sees it, in Chromium against the running bot: a live question and the same question
/// after `sluit`, at the shared screen's sizes and the 320 px Teams side panel; new answers arrive without a reload;
/// no names, no participant markup, nothing from outside the bot, and no serious accessibility problem.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class WallPageTests(Browser browser) : IAsyncLifetime
{
    /// <summary>
    /// Put in front of some answers as if it survived the chat's intake (stored directly): the wall must make it inert
    /// by itself. In front, so a shortened quote still carries it; on several answers, so some quote does.
    /// </summary>
    private const string Malicious = "<script>alert(1)</script> [klik](http://evil.example) <img src=x onerror=alert(2)> ";

    private static readonly (int Width, int Height)[] Sizes = [(1920, 1080), (1280, 720), (320, 640)];
    private readonly TeamsUser facilitator = new("29:facilitator", "Fenna Begeleider", "aad-facilitator");
    private WallBot bot = null!;

    public async Task InitializeAsync() => bot = await WallBot.StartAsync();

    public async Task DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task The_wall_during_a_live_question_and_after_sluit_at_three_sizes()
    {
        var chat = bot.NewChat();
        await bot.SendAsync(chat.Mention(facilitator, "start"));
        var sessionId = await bot.AdvanceToAsync(chat, facilitator, "q1");
        var answers = DevAnswers.For("q1").Take(24).ToList();
        for (var i = 0; i < answers.Count; i++)
            await bot.SendAsync(chat.Message(TeamsChat.User(i + 1), answers[i].Text));
        foreach (var (answer, n) in DevAnswers.For("q1").Skip(24).Take(6).Select((a, n) => (a, n)))
        {
            await bot.Service<SessionStore>().TryAddAnswerAsync(new Answer
            {
                SessionId = sessionId, ItemId = "q1", ParticipantId = $"29:mallory-{n}", ParticipantName = "Mallory Kwaadwillig",
                Text = Malicious + answer.Text, SourceMessageId = $"mallory-{n}", Source = AnswerSource.Chat,
            }, CancellationToken.None);
        }

        await using var page = await browser.OpenUrlAsync(bot.WallLink(sessionId), 1920, 1080);
        // The six stored past the chat are embedded once the wall hands them to the preparation: themes of all 30.
        Assert.True(await page.WaitForAsync("document.querySelector('.theme-chart-set') && document.querySelector('[data-answers=\"30\"]') && !document.querySelector('.status').innerText.includes('van de 30')", TimeSpan.FromSeconds(30)),
            "the provisional themes of 30 answers appear");
        Assert.Equal("voorlopig", await page.EvalAsync<string>("document.querySelector('.badge').innerText.trim().toLowerCase()"));
        await CheckAllSizesAsync(page, "open");

        // A new answer shows on the open page without a reload (the marker would be gone after one).
        await page.EvalAsync("window.__notReloaded = true");
        await bot.SendAsync(chat.Message(TeamsChat.User(90), "Meer eenzaamheid onder ouderen"));
        Assert.True(await page.WaitForAsync("document.querySelector('.answer-count').innerText.trim() === '31'", TimeSpan.FromSeconds(10)),
            "the new answer is counted on the open page");
        Assert.True(await page.EvalAsync<bool>("window.__notReloaded === true"));

        await bot.SendAsync(chat.Mention(facilitator, "sluit"));
        Assert.True(await page.WaitForAsync("document.querySelector('[data-phase=\"closed\"] .wall-themes.final .theme-chart-set')", TimeSpan.FromSeconds(30)),
            "the final themes replace the provisional ones after sluit");
        Assert.Equal(0, await page.EvalAsync<int>("document.querySelectorAll('.badge').length"));
        await CheckAllSizesAsync(page, "closed");

        var events = await page.EventsAsync();
        Assert.Empty(events.Blocked);
        Assert.Empty(events.Dialogs);
        Assert.Empty(events.PageErrors);
        Assert.Empty(events.CspViolations);
        Assert.All(events.Requests, r => Assert.StartsWith(bot.BaseAddress.GetLeftPart(UriPartial.Authority), r, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_wall_speaks_English_when_asked_and_Dutch_by_default()
    {
        var chat = bot.NewChat();
        await bot.SendAsync(chat.Mention(facilitator, "start"));
        var sessionId = await bot.AdvanceToAsync(chat, facilitator, "q1");

        await using var english = await browser.OpenUrlAsync(bot.WallLink(sessionId, "en"), 1280, 720);
        Assert.Equal("en", await english.EvalAsync<string>("document.documentElement.lang"));
        Assert.Contains("answers", await english.EvalAsync<string>("document.querySelector('.count').innerText"), StringComparison.Ordinal);
        await english.ScreenshotAsync("wall-english-1280");

        await using var dutch = await browser.OpenUrlAsync(bot.WallLink(sessionId), 1280, 720);
        Assert.Equal("nl", await dutch.EvalAsync<string>("document.documentElement.lang"));
        Assert.Contains("antwoorden", await dutch.EvalAsync<string>("document.querySelector('.count').innerText"), StringComparison.Ordinal);
    }

    private static async Task CheckAllSizesAsync(BrowserPage page, string phase)
    {
        foreach (var (width, height) in Sizes)
        {
            await page.SetWidthAsync(width, height);
            await page.ScreenshotAsync($"wall-{phase}-{width}x{height}");
            Assert.True(await page.EvalAsync<int>("document.documentElement.scrollWidth") <= width, $"{phase} at {width}px scrolls sideways");

            var text = await page.EvalAsync<string>("document.body.innerText");
            Assert.DoesNotContain("Deelnemer", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Mallory", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Fenna", text, StringComparison.Ordinal);

            // The participant's markup is text: no element of theirs, no link, only the bot's own script.
            var quotes = await page.EvalAsync<List<string>>("[...document.querySelectorAll('blockquote')].map(q => q.innerText)");
            Assert.Contains(quotes, q => q.StartsWith(Malicious.Trim(), StringComparison.Ordinal));
            Assert.Equal(0, await page.EvalAsync<int>("document.querySelectorAll('#wall script, #wall img, #wall a, blockquote *:not(br)').length"));
            Assert.Equal(1, await page.EvalAsync<int>("document.scripts.length"));

            var violations = await page.AxeAsync();
            Assert.True(!violations.Any(v => v.IsSeriousOrWorse), $"{phase} at {width}px: {string.Join("; ", violations)}");
        }
    }
}
