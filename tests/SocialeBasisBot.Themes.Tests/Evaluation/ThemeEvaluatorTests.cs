using SocialeBasisBot.Themes.Evaluation;

namespace SocialeBasisBot.Themes.Tests.Evaluation;

public sealed class ThemeEvaluatorTests
{
    private static readonly ThemeSettings Settings = new() { Mode = "emergent", Embeddings = "test" };

    private static Theme Theme(string id, params string[] answerIds) => new() { Id = id, Label = id, AnswerIds = answerIds };

    [Fact]
    public void Scores_match_the_values_worked_out_by_hand()
    {
        // Gold {a1,a2} {a3,a4}; the engine keeps a1,a2 together and splits a3 from a4 (a4 lands in Overig).
        // Pairs: the one pair both put together is a1-a2; gold has 2 such pairs, the prediction 1, of 6.
        // ARI = (1 − 2·1/6) / ((2 + 1)/2 − 2·1/6) = (2/3) / (7/6) = 4/7.
        // Homogeneity 1 (no predicted group mixes labels); H(C) = ln 2, H(K) = 1.5 ln 2, H(K|C) = 0.5 ln 2,
        // completeness = 1 − 0.5/1.5 = 2/3, V = 2 · 1 · (2/3) / (1 + 2/3) = 0.8.
        var gold = new[] { L("a1", "x"), L("a2", "x"), L("a3", "y"), L("a4", "y") };
        var result = new ThemeResult { Themes = [Theme("t1", "a1", "a2"), Theme("t2", "a3")], Unassigned = ["a4"], Settings = Settings };

        var e = ThemeEvaluator.Evaluate(gold, result);

        Assert.Equal(4.0 / 7, e.AdjustedRandIndex, 12);
        Assert.Equal(1.0, e.Homogeneity, 12);
        Assert.Equal(2.0 / 3, e.Completeness, 12);
        Assert.Equal(0.8, e.VMeasure, 12);
        Assert.Equal((4, 2, 2), (e.Answers, e.GoldThemes, e.FoundThemes));
        Assert.Null(e.OffTopic.Precision);
        Assert.Null(e.OffTopic.Recall);
    }

    [Fact]
    public void Off_topic_precision_and_recall_count_ids()
    {
        // Gold off-topic: o1, o2, o3 (three spellings of the label). Flagged: o1, o2 and the answer a1.
        var gold = new[] { L("a1", "x"), L("a2", "x"), L("o1", "off-topic"), L("o2", "Offtopic"), L("o3", "geen antwoord") };
        var result = new ThemeResult { Themes = [Theme("t1", "a2", "o3")], OffTopic = ["o1", "o2", "a1"], Settings = Settings };

        var e = ThemeEvaluator.Evaluate(gold, result);

        Assert.Equal(new OffTopicScore(Flagged: 3, Gold: 3, Caught: 2), e.OffTopic);
        Assert.Equal(2.0 / 3, e.OffTopic.Precision!.Value, 12);
        Assert.Equal(2.0 / 3, e.OffTopic.Recall!.Value, 12);
    }

    [Fact]
    public void A_larger_random_labelling_agrees_with_the_pair_count_and_the_mutual_information_formulas()
    {
        var random = new Random(7);
        var gold = Enumerable.Range(0, 60).Select(i => L($"a{i}", $"g{random.Next(5)}")).ToList();
        var themes = gold.Select(g => g.Id).GroupBy(_ => random.Next(6)).Select(g => Theme($"t{g.Key}", [.. g])).ToList();
        var result = new ThemeResult { Themes = themes.Skip(1).ToList(), Unassigned = themes[0].AnswerIds, Settings = Settings };
        var predicted = ThemeEvaluator.PredictedLabels(gold.Select(g => g.Id), result);
        var labels = gold.Select(g => g.Label).ToList();

        var e = ThemeEvaluator.Evaluate(gold, result);

        Assert.Equal(IndependentScores.AdjustedRandByPairs(labels, predicted), e.AdjustedRandIndex, 10);
        Assert.Equal(IndependentScores.VMeasureAsNmi(labels, predicted), e.VMeasure, 10);
    }

    [Fact]
    public void Overig_and_off_topic_answers_share_one_rest_label()
    {
        var result = new ThemeResult { Themes = [Theme("t1", "a1")], Unassigned = ["a2"], OffTopic = ["a3"], Settings = Settings };
        Assert.Equal(["t1", ThemeEvaluator.RestLabel, ThemeEvaluator.RestLabel, ThemeEvaluator.RestLabel],
            ThemeEvaluator.PredictedLabels(["a1", "a2", "a3", "missing"], result));
    }

    private static LabelledThemeAnswer L(string id, string label) => new(id, "tekst", label);
}
