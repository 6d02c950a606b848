using SocialeBasisBot.Benchmarks.Data;
using SocialeBasisBot.Themes;
using SocialeBasisBot.Themes.Evaluation;

namespace SocialeBasisBot.Benchmarks.Runs;

/// <summary>The benchmark's scores, through the same evaluator as <c>themes --evaluate</c>.</summary>
public static class Scoring
{
    public static (double V, double Ari) Score(IReadOnlyList<(string Id, string Gold)> gold, ThemeResult result)
    {
        var evaluation = ThemeEvaluator.Evaluate(gold.Select(g => new LabelledThemeAnswer(g.Id, "", g.Gold)).ToList(), result);
        return (evaluation.VMeasure, evaluation.AdjustedRandIndex);
    }

    /// <summary>Second themes of answers with two ideas (gold <c>label2</c>), apart from the grouping's scores.</summary>
    public static SecondaryScore Secondary(IReadOnlyList<LabelledAnswer> gold, ThemeResult result) =>
        ThemeEvaluator.Evaluate(gold.Select(g => new LabelledThemeAnswer(g.Id, g.Text, g.Label) { SecondaryLabel = g.Label2 }).ToList(), result).Secondary;

    public static (double V, double Ari) RandomBaseline(IReadOnlyList<string> gold, int k, int seeds = 10)
    {
        double v = 0, ari = 0;
        for (var s = 0; s < seeds; s++)
        {
            var random = new Random(s);
            var p = gold.Select(_ => random.Next(k).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
            v += ClusterMetrics.VMeasure(gold, p);
            ari += ClusterMetrics.AdjustedRandIndex(gold, p);
        }
        return (v / seeds, ari / seeds);
    }
}
