namespace SocialeBasisBot.Themes.Evaluation;

/// <summary>
/// Scores a theme result against gold labels: the `themes --evaluate` command and the benchmark use this one code.
/// Every answer's predicted label is its theme's id; Overig and off-topic answers share one "rest" label, so an
/// engine is not rewarded for splitting what it could not place.
/// </summary>
public static class ThemeEvaluator
{
    public const string RestLabel = "_rest";

    public static ThemeEvaluation Evaluate(IReadOnlyList<LabelledThemeAnswer> gold, ThemeResult result)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(result);
        var predicted = PredictedLabels(gold.Select(g => g.Id), result);
        var labels = gold.Select(g => g.Label).ToList();
        var (h, c, v) = ClusterMetrics.VMeasureParts(labels, predicted);
        return new ThemeEvaluation
        {
            Answers = gold.Count,
            GoldThemes = labels.Distinct(StringComparer.Ordinal).Count(),
            FoundThemes = result.Themes.Count,
            VMeasure = v,
            Homogeneity = h,
            Completeness = c,
            AdjustedRandIndex = ClusterMetrics.AdjustedRandIndex(labels, predicted),
            OffTopic = OffTopicScore.Of(gold.Where(g => g.IsOffTopic).Select(g => g.Id), result.OffTopic),
            Secondary = SecondaryScore.Of(gold, result),
        };
    }

    /// <summary>One label per id, in the order given: the id of the theme holding it, else <see cref="RestLabel"/>.</summary>
    public static IReadOnlyList<string> PredictedLabels(IEnumerable<string> ids, ThemeResult result)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(result);
        var theme = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var t in result.Themes)
            foreach (var id in t.AnswerIds) theme.TryAdd(id, t.Id);
        return ids.Select(id => theme.GetValueOrDefault(id, RestLabel)).ToList();
    }
}
