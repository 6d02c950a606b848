namespace SocialeBasisBot.Themes.Tests.Evaluation;

/// <summary>
/// The scores by other formulas than the evaluator's, to check it against: the Rand index by counting every pair
/// of answers, and V-measure as normalised mutual information 2·I(C;K) / (H(C) + H(K)).
/// </summary>
internal static class IndependentScores
{
    public static double AdjustedRandByPairs(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        double both = 0, goldPairs = 0, predPairs = 0, pairs = 0;
        for (var i = 0; i < gold.Count; i++)
            for (var j = i + 1; j < gold.Count; j++)
            {
                var g = gold[i] == gold[j];
                var p = predicted[i] == predicted[j];
                pairs++;
                if (g) goldPairs++;
                if (p) predPairs++;
                if (g && p) both++;
            }
        var expected = goldPairs * predPairs / pairs;
        return (both - expected) / ((goldPairs + predPairs) / 2 - expected);
    }

    public static double VMeasureAsNmi(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        double n = gold.Count;
        double Entropy(IEnumerable<string> labels) => -labels.GroupBy(l => l).Sum(g => g.Count() / n * Math.Log(g.Count() / n));
        var hGold = Entropy(gold);
        var hPred = Entropy(predicted);
        var joint = Entropy(gold.Zip(predicted, (g, p) => g + "\u0001" + p));
        var mutual = hGold + hPred - joint;
        return 2 * mutual / (hGold + hPred);
    }
}
