using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SocialeBasisBot.Exports;
using SocialeBasisBot.Exports.Formats;
using static SocialeBasisBot.Core.Tests.Summaries.SampleWebinar;

namespace SocialeBasisBot.Core.Tests.Exports;

public class HtmlExportTests
{
    private static async Task<(IDocument Document, string Html)> ReportAsync()
    {
        var input = await ExportFixture.InputAsync(ExportFixture.MaliciousAnswers());
        var file = ExportFixture.Exporter().Export(input, new ExportFileSpec(ExportFormats.SummaryHtml));
        Assert.Equal(("samenvatting.html", "text/html; charset=utf-8"), (file.FileName, file.ContentType));
        var html = Encoding.UTF8.GetString(file.Content);
        return (new HtmlParser().ParseDocument(html), html);
    }

    private static List<(string Label, int Count)> Bars(IElement chart) =>
        chart.QuerySelectorAll(".bar-row")
            .Select(r => (r.QuerySelector(".bar-label")!.TextContent, int.Parse(r.GetAttribute("data-count")!, System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();

    [Fact]
    public async Task Is_Dutch_self_contained_and_runs_nothing()
    {
        var (document, html) = await ReportAsync();

        Assert.Equal("nl", document.DocumentElement.GetAttribute("lang"));
        Assert.Empty(document.QuerySelectorAll("script, link, img, iframe, object, embed"));
        Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        Assert.All(document.QuerySelectorAll("a"), a => Assert.StartsWith("#", a.GetAttribute("href"), StringComparison.Ordinal));
        Assert.DoesNotContain("http://", html.Replace("http://evil", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malicious_answer_is_shown_as_text()
    {
        var (document, html) = await ReportAsync();

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        var quotes = document.QuerySelectorAll("blockquote").Select(q => q.TextContent).ToList();
        Assert.Contains("Persoonlijk " + ExportFixture.Malicious, quotes);
        Assert.Empty(document.QuerySelectorAll("blockquote *:not(br)"));
    }

    [Fact]
    public async Task Each_question_has_its_own_bar_chart_of_the_blocks_theme_counts()
    {
        var (document, _) = await ReportAsync();

        var inzet = document.QuerySelector($"section[data-block='{Inzet}']")!;
        Assert.Equal("Steun en ruimte voor vrijwillige inzet", inzet.QuerySelector("h2")!.TextContent);
        Assert.Equal([("Waardering", 2), ("Een plek om samen te komen", 1)], Bars(inzet.QuerySelector("article[data-item='v1'] .theme-chart")!));
        var widths = inzet.QuerySelectorAll("article[data-item='v1'] .theme-chart .bar").Select(b => b.GetAttribute("style")).ToList();
        Assert.Equal(["width:100%", "width:50%"], widths);

        // v2 has four answers now: Persoonlijk vragen (3, with both malicious ones), Koffie (1); v1's shared theme
        // stays v1's own chart instead of being mixed into one ranked list with v2's themes.
        var uitnodigen = document.QuerySelector($"section[data-block='{Uitnodigen}']")!;
        Assert.Equal([("Persoonlijk vragen", 3), ("Koffie als excuus", 1)], Bars(uitnodigen.QuerySelector("article[data-item='v2'] .theme-chart")!));
        Assert.Equal([("Een plek om samen te komen", 1)], Bars(uitnodigen.QuerySelector("article[data-item='v1'] .theme-chart")!));
        Assert.Empty(document.QuerySelectorAll("section.block > figure"));

        var algemeen = document.QuerySelector("section[data-block='algemeen']")!;
        Assert.Null(algemeen.QuerySelector(".theme-chart"));      // one answer: no themes, so no chart
        Assert.Contains("Te weinig antwoorden", algemeen.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_checklist_shows_how_many_chose_each_option()
    {
        var (document, _) = await ReportAsync();

        var poll = document.QuerySelector("article.poll[data-item='checklist']")!;
        Assert.Equal(
            [("A. Eigen ruimte", 2), ("B. Vaste kern", 1), ("C. Budget", 2), ("D. Contact met de gemeente", 0), ("E. Nieuwe aanwas", 0), ("F. Zichtbaar in de buurt", 1)],
            Bars(poll.QuerySelector(".poll-chart")!));
        Assert.Contains("Aantal deelnemers: 4", poll.TextContent, StringComparison.Ordinal);
        Assert.Contains("Niet te herkennen: 1 antwoord", poll.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quotes_and_counts_match_the_summary()
    {
        var (document, _) = await ReportAsync();

        var v1 = document.QuerySelector($"section[data-block='{Inzet}'] article[data-item='v1']")!;
        Assert.Contains("6 antwoorden van 5 deelnemers", v1.TextContent, StringComparison.Ordinal);
        var themes = v1.QuerySelectorAll("li.theme").ToList();
        Assert.Equal("Waardering", themes[0].QuerySelector(".bar-label")!.TextContent);
        Assert.Equal(
            ["Een bedankje van de gemeente; dat zou fijn zijn", "En een jaarlijks bedankfeest methapjes"],
            themes[0].QuerySelectorAll("blockquote").Select(q => q.TextContent));
        Assert.Equal("Overig: 2 antwoorden", v1.QuerySelector(".rest-other")!.TextContent);
        Assert.Equal("Buiten het onderwerp: 1 antwoord", v1.QuerySelector(".rest-offtopic")!.TextContent);
    }
}
