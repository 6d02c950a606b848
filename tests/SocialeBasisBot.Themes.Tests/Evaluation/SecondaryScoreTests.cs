using SocialeBasisBot.Themes.Evaluation;

namespace SocialeBasisBot.Themes.Tests.Evaluation;

public sealed class SecondaryScoreTests
{
    private static readonly ThemeSettings Settings = new() { Mode = "emergent", Embeddings = "test" };

    private static LabelledThemeAnswer L(string id, string label, string? second = null) => new(id, "", label) { SecondaryLabel = second };

    [Fact]
    public void Second_themes_are_scored_by_the_gold_label_their_own_answers_carry()
    {
        // Theme t1 stands for "tijd" (a1, a2, a5 tijd), t2 for "geld" (a3, a4 geld), t3 for "draagvlak" (a6).
        // Second themes: a1 → t2 (a1 is tijd + geld: correct, found); a2 → t3 (a2 has no second label: wrong);
        // a3 → t1 (a3 is geld + draagvlak: t1 stands for tijd, wrong; not found). Gold two-idea answers: a1, a3.
        var gold = new[] { L("a1", "tijd", "geld"), L("a2", "tijd"), L("a3", "geld", "draagvlak"), L("a4", "geld"), L("a5", "tijd"), L("a6", "draagvlak") };
        var result = new ThemeResult
        {
            Themes =
            [
                new Theme { Id = "t1", Label = "Tijd", AnswerIds = ["a1", "a2", "a5"], SecondaryAnswerIds = ["a3"] },
                new Theme { Id = "t2", Label = "Geld", AnswerIds = ["a3", "a4"], SecondaryAnswerIds = ["a1"] },
                new Theme { Id = "t3", Label = "Draagvlak", AnswerIds = ["a6"], SecondaryAnswerIds = ["a2"] },
            ],
            Settings = Settings,
        };

        var score = ThemeEvaluator.Evaluate(gold, result).Secondary;

        Assert.Equal(new SecondaryScore(Predicted: 3, Correct: 1, GoldTwoIdeas: 2, Found: 1), score);
        Assert.Equal(1.0 / 3, score.Precision!.Value, 12);
        Assert.Equal(0.5, score.Recall!.Value, 12);
    }

    [Fact]
    public void A_second_theme_that_holds_the_first_label_the_own_theme_missed_is_correct_too()
    {
        // a1 is tijd + geld but sits in the geld theme; its second theme t1 stands for tijd: both labels covered.
        var gold = new[] { L("a1", "tijd", "geld"), L("a2", "tijd"), L("a3", "geld") };
        var result = new ThemeResult
        {
            Themes = [new Theme { Id = "t1", Label = "Tijd", AnswerIds = ["a2"], SecondaryAnswerIds = ["a1"] }, new Theme { Id = "t2", Label = "Geld", AnswerIds = ["a3", "a1"] }],
            Settings = Settings,
        };

        Assert.Equal(new SecondaryScore(1, 1, 1, 1), ThemeEvaluator.Evaluate(gold, result).Secondary);
    }

    [Fact]
    public void No_second_themes_and_no_second_labels_give_no_ratio()
    {
        var score = ThemeEvaluator.Evaluate([L("a1", "x"), L("a2", "y")],
            new ThemeResult { Themes = [new Theme { Id = "t", Label = "t", AnswerIds = ["a1", "a2"] }], Settings = Settings }).Secondary;
        Assert.Null(score.Precision);
        Assert.Null(score.Recall);
    }
}
