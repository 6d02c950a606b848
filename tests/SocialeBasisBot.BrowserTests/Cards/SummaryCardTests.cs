using System.Globalization;
using SocialeBasisBot.BrowserTests.Content;
using SocialeBasisBot.BrowserTests.Infrastructure;
using SocialeBasisBot.Sessions;
using SocialeBasisBot.Summaries;
using SocialeBasisBot.Teams.Cards;

namespace SocialeBasisBot.BrowserTests.Cards;

/// <summary>
/// The summary and export cards with the Dutch dev answers as content and one participant who types
/// <c>**vet** [klik](http://evil.example) &lt;script&gt;alert(1)&lt;/script&gt;</c>: Teams renders Markdown, so that
/// text must reach the screen exactly as typed, never as bold, a link or a script.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class SummaryCardTests(Browser browser)
{
    private static readonly string[] ExportFiles = ["samenvatting.html", "antwoorden.csv", "antwoorden.xlsx"];
    private readonly SummaryCards cards = new();

    [Fact]
    public async Task Question_summary_shows_themes_with_counts_and_quotes_as_typed()
    {
        var summary = SampleSession.Question("q1");
        var page = await browser.CardsAsync();

        var card = await page.RenderAsync(cards.Question(summary, Phrases.Dutch), "summary-question-q1");

        Assert.True(card.Rendered);
        Assert.Empty(card.Errors);
        var texts = card.TextBlocks;
        Assert.Equal(RenderedCard.Flat("Samenvatting: " + summary.QuestionText), texts[0]);
        Assert.Equal($"{summary.AnswerCount} antwoorden van {summary.ParticipantCount} deelnemers", texts[1]);
        foreach (var group in summary.Groups)
        {
            Assert.Contains("Bouwsteen: " + group.BuildingBlock.Title, texts);
            foreach (var theme in group.Themes)
            {
                Assert.Contains([theme.Label, Count(theme.Count)], card.Rows);
                Assert.All(theme.Quotes, q => Assert.Contains($"“{RenderedCard.Flat(q)}”", texts));
            }
        }

        Assert.Contains([Label("q1.vraag-stijgt"), "13"], card.Rows);   // 12 dev answers + the malicious one
        await AssertInertAsync(page, card);
    }

    [Fact]
    public async Task Second_themes_and_a_correction_that_no_longer_fits_are_shown_under_their_theme_and_the_card()
    {
        var summary = SampleSession.Question("q1");
        var first = summary.Groups[0].Themes[0];
        var corrected = summary with
        {
            Groups = [summary.Groups[0] with { Themes = [first with { SecondaryAnswerIds = [101, 102] }, .. summary.Groups[0].Themes.Skip(1)] }, .. summary.Groups.Skip(1)],
            Engine = summary,
            UnmatchedCorrections = 2,
        };
        var page = await browser.CardsAsync();

        var card = await page.RenderAsync(cards.Question(corrected, Phrases.Dutch, "sessie-1"), "summary-question-second-themes");

        Assert.True(card.Rendered);
        Assert.Empty(card.Errors);
        var texts = card.TextBlocks.ToList();
        var also = texts.IndexOf("Ook genoemd in 2 antwoorden die vooral bij een ander thema horen (een tweede idee; minder zeker).");
        Assert.True(also > 0, string.Join(" | ", texts));
        Assert.Single(texts, t => t.StartsWith("Ook genoemd", StringComparison.Ordinal));
        // Under the theme it belongs to: after that theme's quotes, before the next theme's label.
        Assert.True(also > texts.IndexOf($"“{RenderedCard.Flat(first.Quotes[^1])}”"));
        Assert.Contains(texts, t => t.StartsWith("2 correcties zijn niet toegepast", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Poll_summary_shows_every_option_with_its_count_and_bar()
    {
        var poll = SampleSession.Poll();
        var page = await browser.CardsAsync();

        var card = await page.RenderAsync(cards.Poll(poll, Phrases.Dutch), "summary-poll");

        Assert.Empty(card.Errors);
        Assert.Equal(RenderedCard.Flat("Samenvatting: " + poll.QuestionText), card.TextBlocks[0]);
        Assert.Contains("15 deelnemers", card.TextBlocks);
        var max = poll.Options.Max(o => o.Count);
        Assert.Equal(
            poll.Options.Select(o => (IReadOnlyList<string>)[RenderedCard.Flat($"{o.OptionId}. {o.Label}"), Bar(o.Count, max), Count(o.Count)]),
            card.Rows);
        await AssertInertAsync(page, card);
    }

    [Fact]
    public async Task Poll_summary_bars_start_at_the_same_place_in_every_row()
    {
        var page = await browser.CardsAsync();

        var card = await page.RenderAsync(cards.Poll(SampleSession.Poll(), Phrases.Dutch), "summary-poll-bars");

        Assert.Single(card.RowLefts.Select(r => r[^1]).Distinct());
    }

    [Fact]
    public async Task Session_summary_shows_each_building_block_with_its_questions_themes_and_poll()
    {
        var session = SampleSession.Session();
        var page = await browser.CardsAsync();

        var rendered = cards.Session(session, Phrases.Dutch);

        Assert.Equal(session.BuildingBlocks.Count, rendered.Count);
        for (var i = 0; i < rendered.Count; i++)
        {
            var block = session.BuildingBlocks[i];
            var card = await page.RenderAsync(rendered[i], $"summary-session-{i + 1}-{block.BuildingBlock.Id}");
            Assert.Empty(card.Errors);
            Assert.Equal("Overzicht · " + block.BuildingBlock.Title, card.TextBlocks[0]);
            foreach (var question in block.Questions)
            {
                Assert.Contains(RenderedCard.Flat(question.Question.QuestionText), card.TextBlocks);
                foreach (var theme in question.Themes)
                    Assert.Contains(card.Rows, r => r[0] == theme.Label && r[^1] == Count(theme.Count));
            }

            foreach (var poll in block.Polls)
            {
                Assert.Contains(RenderedCard.Flat(poll.QuestionText), card.TextBlocks);
                Assert.All(poll.Options, o => Assert.Contains(card.Rows, r => r[0] == RenderedCard.Flat($"{o.OptionId}. {o.Label}")));
            }

            await AssertInertAsync(page, card);
        }

        var inzet = await page.RenderAsync(rendered[0], "summary-session-1-vrijwillige-inzet");
        Assert.Contains(inzet.Rows, r => r.SequenceEqual([Label("q1.vraag-stijgt"), $"“{SampleSession.Malicious}”", "13"]));
    }

    [Fact]
    public async Task Export_card_offers_a_download_button_per_file()
    {
        var files = ExportFiles
            .Select(f => (f, $"https://bot.example.nl/exports/sessie-1/{f}?expires=1800000000&sig=abc")).ToList();
        var page = await browser.CardsAsync();

        var card = await page.RenderAsync(cards.Export(files, withNames: false, DateTimeOffset.UnixEpoch.AddDays(20000), Phrases.Dutch), "export");

        Assert.Empty(card.Errors);
        Assert.Equal("Downloads", card.TextBlocks[0]);
        Assert.Equal(files.Select(f => Phrases.Dutch.FileLabel(f.Item1)), card.Buttons);
        foreach (var (file, url) in files)
        {
            var click = await page.ClickAsync(Phrases.Dutch.FileLabel(file));
            Assert.Equal(url, click["sent"]!["url"]!.GetValue<string>());
        }

        await AssertInertAsync(page, card);
    }

    private static async Task AssertInertAsync(CardPage page, RenderedCard card)
    {
        Assert.Empty(card.MarkupFromText);
        Assert.DoesNotContain("evil.example", card.Dom.Body!.InnerHtml.Replace("[klik](http://evil.example)", "", StringComparison.Ordinal), StringComparison.Ordinal);
        var events = await page.EventsAsync();
        Assert.Empty(events.Dialogs);
        Assert.Empty(events.PageErrors);
        Assert.Empty(events.Blocked);
        Assert.All(events.Requests, r => Assert.StartsWith("file:", r, StringComparison.Ordinal));
    }

    private static string Label(string themeId) =>
        Deck.Programme.Items.SelectMany(i => i.ExpectedThemes).Single(t => t.Id == themeId).Label;

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);

    private static string Bar(int count, int max) =>
        new string('█', (int)Math.Round(10.0 * count / max)).PadRight(10, '·');
}
