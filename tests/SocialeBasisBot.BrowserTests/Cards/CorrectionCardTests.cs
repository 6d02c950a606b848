using System.Globalization;
using SocialeBasisBot.BrowserTests.Content;
using SocialeBasisBot.BrowserTests.Infrastructure;
using SocialeBasisBot.Corrections;
using SocialeBasisBot.Sessions;
using SocialeBasisBot.Summaries;
using SocialeBasisBot.Teams.Cards;

namespace SocialeBasisBot.BrowserTests.Cards;

/// <summary>
/// The summary card with its "Thema's corrigeren" button, and the facilitator's own view to correct the themes, as
/// the official Adaptive Cards renderer shows them in Chromium: every theme with its count, the three forms behind
/// their buttons, and participants' text inert.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class CorrectionCardTests(Browser browser)
{
    [Fact]
    public async Task The_summary_card_offers_facilitators_to_correct_its_themes()
    {
        var page = await browser.CardsAsync();

        var card = await page.RenderAsync(new SummaryCards().Question(SampleSession.Question("q1"), Phrases.Dutch, "sessie-1"), "summary-question-q1-correctable");

        Assert.True(card.Rendered);
        Assert.Empty(card.Errors);
        Assert.Equal(["Thema's corrigeren"], card.Buttons);
    }

    [Fact]
    public async Task The_correction_view_shows_the_themes_and_its_forms()
    {
        var (summary, answers) = Sample();
        var view = new CorrectionView(CorrectionOutcome.Corrected, Phrases.Dutch, "Hernoemd naar “Tijd en ruimte”.", Summary: summary, Answers: answers);
        var page = await browser.CardsAsync();

        var json = new CorrectionCards().Render(view, "sessie-1");
        var card = await page.RenderAsync(json, "theme-corrections-q1");

        Assert.True(card.Rendered);
        Assert.Empty(card.Errors);
        Assert.Equal(RenderedCard.Flat("Thema's corrigeren: " + summary.QuestionText), card.TextBlocks[0]);
        Assert.Contains("Hernoemd naar “Tijd en ruimte”.", card.TextBlocks);
        foreach (var theme in summary.DistinctThemes)
        {
            Assert.Contains([RenderedCard.Flat(theme.Label), theme.Count.ToString(CultureInfo.InvariantCulture)], card.Rows);
        }

        Assert.Equal(["Hernoemen", "Samenvoegen", "Verplaatsen", "Klaar"], card.Buttons.Take(4));
        // The malicious answer is an option of the answer list as typed (a choice title is plain text, no Markdown),
        // and nothing on the card became a link, bold text or a script.
        Assert.Contains($"“{SampleSession.Malicious}”", json.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), StringComparison.Ordinal);
        Assert.Empty(card.MarkupFromText);
    }

    /// <summary>The sample session's q1 with the dev answers as stored answers (ids 1…n) under their hand labels.</summary>
    private static (QuestionSummary Summary, IReadOnlyList<SocialeBasisBot.Answers.Answer> Answers) Sample()
    {
        var question = SampleSession.Question("q1");
        var dev = SampleSession.Answers.Where(a => a.Question == "q1").ToList();
        var answers = dev.Select((a, i) => new SocialeBasisBot.Answers.Answer
        {
            Id = i + 1,
            SessionId = "sessie-1",
            ItemId = "q1",
            ParticipantId = a.Participant,
            ParticipantName = a.Participant,
            Text = a.Text,
            SourceMessageId = a.Id,
        }).ToList();
        var idsByLabel = dev.Select((a, i) => (a.Label, Id: (long)i + 1)).ToLookup(x => x.Label, x => x.Id);
        var summary = question with
        {
            Groups = question.Groups.Select(g => g with
            {
                Themes = g.Themes.Select(t => t with { AnswerIds = idsByLabel[t.Id].ToList() }).ToList(),
            }).ToList(),
            OtherAnswerIds = dev.Select((a, i) => (a, Id: (long)i + 1)).Where(x => question.DistinctThemes.All(t => t.Id != x.a.Label)).Select(x => x.Id).ToList(),
        };
        return (summary, answers);
    }
}
