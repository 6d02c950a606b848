using SocialeBasisBot.Benchmarks.Metrics;
using SocialeBasisBot.Themes;

namespace SocialeBasisBot.Benchmarks.Runs;

/// <summary>Turns a result into one predicted label per answer: its theme, or one shared "rest" label for Overig/off-topic.</summary>
public static class Scoring
{
    public static (double V, double Ari) Score(IReadOnlyList<(string Id, string Gold)> gold, ThemeResult result)
    {
        var predicted = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var t in result.Themes)
            foreach (var id in t.AnswerIds) predicted[id] = t.Id;
        var p = gold.Select(g => predicted.GetValueOrDefault(g.Id, "_rest")).ToList();
        var g2 = gold.Select(g => g.Gold).ToList();
        return (ClusterMetrics.VMeasure(g2, p), ClusterMetrics.AdjustedRandIndex(g2, p));
    }

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
