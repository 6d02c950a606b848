namespace SocialeBasisBot.Themes.Evaluation;

/// <summary>
/// V-measure (with its homogeneity and completeness) and adjusted Rand index of a predicted labelling against gold
/// labels, as in scikit-learn. Hand-written: MathNet has no clustering metrics and these are a few lines of counting.
/// </summary>
public static class ClusterMetrics
{
    public static double VMeasure(IReadOnlyList<string> gold, IReadOnlyList<string> predicted) => VMeasureParts(gold, predicted).V;

    public static (double Homogeneity, double Completeness, double V) VMeasureParts(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        Check(gold, predicted);
        var n = (double)gold.Count;
        var joint = Contingency(gold, predicted);
        var goldCounts = gold.GroupBy(g => g).ToDictionary(g => g.Key, g => (double)g.Count());
        var predCounts = predicted.GroupBy(p => p).ToDictionary(g => g.Key, g => (double)g.Count());
        double hC = -goldCounts.Values.Sum(c => c / n * Math.Log(c / n));
        double hK = -predCounts.Values.Sum(c => c / n * Math.Log(c / n));
        double hCgivenK = -joint.Sum(kv => kv.Value / n * Math.Log(kv.Value / predCounts[kv.Key.Pred]));
        double hKgivenC = -joint.Sum(kv => kv.Value / n * Math.Log(kv.Value / goldCounts[kv.Key.Gold]));
        var homogeneity = hC == 0 ? 1 : 1 - hCgivenK / hC;
        var completeness = hK == 0 ? 1 : 1 - hKgivenC / hK;
        var v = homogeneity + completeness == 0 ? 0 : 2 * homogeneity * completeness / (homogeneity + completeness);
        return (homogeneity, completeness, v);
    }

    public static double AdjustedRandIndex(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        Check(gold, predicted);
        static double Comb2(double x) => x * (x - 1) / 2;
        var n = gold.Count;
        // One answer: both labellings are trivially the same partition (scikit-learn returns 1.0 too).
        if (n < 2) return 1;
        var sumCells = Contingency(gold, predicted).Values.Sum(Comb2);
        var sumGold = gold.GroupBy(g => g).Sum(g => Comb2(g.Count()));
        var sumPred = predicted.GroupBy(p => p).Sum(g => Comb2(g.Count()));
        var expected = sumGold * sumPred / Comb2(n);
        var max = (sumGold + sumPred) / 2;
        return max - expected == 0 ? 1 : (sumCells - expected) / (max - expected);
    }

    private static void Check(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        if (gold.Count != predicted.Count) throw new ArgumentException($"{gold.Count} gold labels but {predicted.Count} predicted ones.", nameof(predicted));
        if (gold.Count == 0) throw new ArgumentException("No labels to compare.", nameof(gold));
    }

    private static Dictionary<(string Gold, string Pred), double> Contingency(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        var table = new Dictionary<(string, string), double>();
        for (var i = 0; i < gold.Count; i++)
            table[(gold[i], predicted[i])] = table.GetValueOrDefault((gold[i], predicted[i])) + 1;
        return table;
    }
}
