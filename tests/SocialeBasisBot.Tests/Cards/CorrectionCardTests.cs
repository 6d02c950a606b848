using System.Text.Json.Nodes;
using SocialeBasisBot.Answers;
using SocialeBasisBot.Corrections;
using SocialeBasisBot.Sessions;
using SocialeBasisBot.Summaries;
using SocialeBasisBot.LocalTeams;
using SocialeBasisBot.Teams.Cards;

namespace SocialeBasisBot.Tests.Cards;

/// <summary>The summary card with its correct button and refresh, and the facilitator's view, are valid 1.5 cards that fit a message.</summary>
public sealed class CorrectionCardTests
{
    [Fact]
    public void The_summary_card_with_the_correct_button_and_a_refresh_for_one_facilitator_is_valid()
    {
        var (summary, _) = Sample(answers: 12);
        var card = SummaryCards.WithRefresh(new SummaryCards().Question(summary, Phrases.English, "sessie-1"), "sessie-1", "q1", ["29:facilitator"]);

        AssertValid(card);
        Assert.Equal("sbb.themes.refresh", (string?)card["refresh"]!["action"]!["verb"]);
        Assert.Contains("Correct themes", card.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_session_or_with_too_few_answers_the_card_offers_no_correction()
    {
        var (summary, _) = Sample(answers: 12);

        Assert.DoesNotContain("sbb.themes", new SummaryCards().Question(summary, Phrases.Dutch).ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("sbb.themes", new SummaryCards().Question(summary with { TooFewAnswers = true, Groups = [] }, Phrases.Dutch, "s").ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Second_themes_and_corrections_that_no_longer_fit_are_said_on_a_valid_card_in_both_languages()
    {
        var (summary, _) = Sample(answers: 12);
        var themes = summary.Groups[0].Themes;
        var withSecond = summary with
        {
            Groups = [summary.Groups[0] with { Themes = [themes[0], themes[1] with { SecondaryAnswerIds = [1, 2] }] }],
            Engine = summary,
            UnmatchedCorrections = 1,
        };

        var dutch = new SummaryCards().Question(withSecond, Phrases.Dutch, "sessie-1");
        var english = new SummaryCards().Question(withSecond, Phrases.English, "sessie-1");
        var view = new CorrectionCards().Render(new CorrectionView(CorrectionOutcome.Shown, Phrases.Dutch, Summary: withSecond, Answers: []), "sessie-1");

        AssertValid(dutch);
        AssertValid(english);
        AssertValid(view);
        var text = CardText.All(dutch).ToList();
        Assert.Contains("Ook genoemd in 2 antwoorden die vooral bij een ander thema horen (een tweede idee; minder zeker).", text);
        Assert.Single(text, t => t.StartsWith("Ook genoemd", StringComparison.Ordinal));   // only under the theme that has them
        Assert.Contains(text, t => t.StartsWith("1 correctie is niet toegepast", StringComparison.Ordinal));
        Assert.Contains(CardText.All(english), t => t.StartsWith("Also raised in 2 answers", StringComparison.Ordinal));
        Assert.Contains(CardText.All(english), t => t.StartsWith("1 correction was not applied", StringComparison.Ordinal));
        Assert.Contains(CardText.All(view), t => t.StartsWith("1 correctie is niet toegepast", StringComparison.Ordinal));
        Assert.DoesNotContain(CardText.All(new SummaryCards().Question(summary, Phrases.Dutch, "sessie-1")), t => t.StartsWith("Ook genoemd", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(12)]
    [InlineData(3000)]
    public void The_correction_view_is_valid_and_fits_one_message_however_many_answers(int count)
    {
        var (summary, answers) = Sample(count);
        var view = new CorrectionView(CorrectionOutcome.Shown, Phrases.Dutch, Summary: summary, Answers: answers);

        var card = new CorrectionCards().Render(view, "sessie-1");

        AssertValid(card);
        Assert.True(SummaryCards.SizeInTeams(card) <= SummaryCards.MaxCardBytes);
        var listed = Inputs(card).Single(i => (string?)i["id"] == "moveAnswer")["choices"]!.AsArray();
        Assert.InRange(listed.Count, Math.Min(count, 100), count);
        var targets = Inputs(card).Single(i => (string?)i["id"] == "moveInto")["choices"]!.AsArray().Select(c => (string?)c!["value"]).ToList();
        Assert.Equal(["t1", "t2", ThemeCorrection.OtherThemeId, CorrectionRequest.OffTopicTarget], targets);
    }

    private static IEnumerable<JsonObject> Inputs(JsonNode? node) => node switch
    {
        JsonObject o => ((string?)o["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true ? [o] : o.Select(p => p.Value).SelectMany(Inputs),
        JsonArray a => a.SelectMany(Inputs),
        _ => [],
    };

    private static (QuestionSummary, IReadOnlyList<Answer>) Sample(int answers)
    {
        var list = Enumerable.Range(1, answers).Select(i => new Answer
        {
            Id = i,
            SessionId = "sessie-1",
            ItemId = "q1",
            ParticipantId = $"p{i}",
            Text = $"Antwoord {i}: we zoeken al maanden naar vrijwilligers voor de maaltijden en het vervoer in de wijk",
            SourceMessageId = $"m{i}",
        }).ToList();
        var block = new BuildingBlockRef { Id = "inzet", Title = "Vrijwillige inzet" };
        var summary = new QuestionSummary
        {
            ItemId = "q1",
            QuestionText = "Wat merken jullie?",
            AnswerCount = answers,
            ParticipantCount = answers,
            Groups =
            [
                new BuildingBlockThemes
                {
                    BuildingBlock = block,
                    Themes =
                    [
                        new ThemeSummary { Id = "t1", Label = "Vrijwilligers vinden", Count = answers - answers / 2, AnswerIds = list.Take(answers - answers / 2).Select(a => a.Id).ToList() },
                        new ThemeSummary { Id = "t2", Label = "Vervoer", Count = answers / 2, AnswerIds = list.Skip(answers - answers / 2).Select(a => a.Id).ToList() },
                    ],
                },
            ],
        };
        return (summary, list);
    }

    private static void AssertValid(JsonObject card)
    {
        var results = AdaptiveCardSchema.Evaluate(card);
        Assert.True(results.IsValid, AdaptiveCardSchema.Describe(results) + "\n" + card.ToJsonString()[..Math.Min(2000, card.ToJsonString().Length)]);
        Assert.Equal("1.5", card["version"]!.GetValue<string>());
    }
}
