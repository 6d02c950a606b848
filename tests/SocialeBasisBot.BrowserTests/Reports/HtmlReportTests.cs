using System.Globalization;
using SocialeBasisBot.BrowserTests.Content;
using SocialeBasisBot.BrowserTests.Infrastructure;
using SocialeBasisBot.Exports;
using SocialeBasisBot.Summaries;

namespace SocialeBasisBot.BrowserTests.Reports;

/// <summary>
/// The self-contained HTML report organisers download, opened in Chromium: it reaches nothing outside the file,
/// runs nothing a participant typed, and its bar charts are drawn with the right counts, wide and narrow.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class HtmlReportTests(Browser browser)
{
    private const string MeasureBars = """
        [...document.querySelectorAll('.bar-row')].map(row => {
          const rect = (sel) => { const r = row.querySelector(sel).getBoundingClientRect(); return { width: r.width, height: r.height }; };
          return {
            block: row.closest('section.block').dataset.block,
            item: row.closest('article').dataset.item,
            chart: row.closest('figure').classList.contains('poll-chart') ? 'poll' : 'theme',
            label: row.querySelector('.bar-label').innerText.trim(),
            count: row.querySelector('.bar-count').innerText.trim(),
            bar: rect('.bar'),
            track: rect('.bar-track'),
            countBox: rect('.bar-count'),
          };
        })
        """;

    private static readonly SessionSummary Summary = SampleSession.Session();

    private static readonly string ReportPath = WriteReport();

    [Theory]
    [InlineData(1200)]
    [InlineData(420)]
    public async Task The_report_opens_offline_and_runs_nothing_participants_typed(int width)
    {
        await using var page = await browser.OpenAsync(ReportPath, width);
        await page.ScreenshotAsync($"report-{width}");

        var events = await page.EventsAsync();
        Assert.Equal([new Uri(ReportPath).AbsoluteUri], events.Requests);
        Assert.Empty(events.Blocked);
        Assert.Empty(events.Dialogs);
        Assert.Empty(events.PageErrors);
        Assert.Empty(events.CspViolations);
        Assert.Equal(0, await page.EvalAsync<int>("document.scripts.length"));
        Assert.Equal(0, await page.EvalAsync<int>("document.querySelectorAll('a[href]:not([href^=\"#\"]), img, iframe, object, embed, link').length"));

        var quotes = await page.EvalAsync<List<string>>("[...document.querySelectorAll('blockquote')].map(q => q.innerText)");
        Assert.Contains(SampleSession.Malicious, quotes);
        Assert.Equal(0, await page.EvalAsync<int>("document.querySelectorAll('blockquote *:not(br)').length"));
        Assert.True(await page.EvalAsync<int>("document.documentElement.scrollWidth") <= width, "the page scrolls sideways");
    }

    [Theory]
    [InlineData(1200)]
    [InlineData(420)]
    public async Task Every_bar_is_visible_and_shows_its_count(int width)
    {
        await using var page = await browser.OpenAsync(ReportPath, width);

        var bars = await page.EvalAsync<List<MeasuredBar>>(MeasureBars);

        // One chart per question (the wall's rendering): the question's themes under this block, largest first.
        var expected = Summary.BuildingBlocks
            .SelectMany(b => b.Questions.Where(q => !q.Question.TooFewAnswers)
                .SelectMany(q => q.Themes.Select(t => (Block: b.BuildingBlock.Id, Item: q.Question.ItemId, Chart: "theme", t.Label, t.Count)))
                .Concat(b.Polls.SelectMany(p => p.Options.Select(o => (Block: b.BuildingBlock.Id, Item: p.ItemId, Chart: "poll", Label: $"{o.OptionId}. {o.Label}", o.Count)))))
            .ToList();
        Assert.Equal(expected, bars.Select(b => (b.Block, b.Item, b.Chart, b.Label, int.Parse(b.Count, CultureInfo.InvariantCulture))));
        Assert.Contains(bars, b => b.Label == "De vraag naar vrijwilligers stijgt" && b.Count == "13");   // 12 dev answers + 1

        foreach (var chart in bars.GroupBy(b => (b.Block, b.Item, b.Chart)))
        {
            var scale = chart.Key.Chart == "poll" ? Summary.Polls.Single().Respondents : chart.Max(b => int.Parse(b.Count, CultureInfo.InvariantCulture));
            foreach (var bar in chart)
            {
                Assert.True(bar.Bar.Height > 0 && bar.Track.Width > 0 && bar.CountBox.Width > 0, $"{bar.Label} at {width}px: {bar}");
                var share = int.Parse(bar.Count, CultureInfo.InvariantCulture) / (double)scale;
                Assert.True(Math.Abs(bar.Bar.Width / bar.Track.Width - share) < 0.02, $"{bar.Label} at {width}px: bar {bar.Bar.Width} of {bar.Track.Width}, expected {share:P0}");
            }
        }
    }

    private static string WriteReport()
    {
        var folder = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "reports")).FullName;
        var path = Path.Combine(folder, "samenvatting.html");
        File.WriteAllText(path, HtmlSummaryWriter.Write(Summary, TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam")));
        return path;
    }

    private sealed record MeasuredBar(
        string Block, string Item, string Chart, string Label, string Count,
        Box Bar, Box Track, Box CountBox);

    private sealed record Box(double Width, double Height);
}
