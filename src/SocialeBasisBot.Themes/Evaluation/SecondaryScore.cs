namespace SocialeBasisBot.Themes.Evaluation;

/// <summary>
/// Second themes of answers with two ideas, scored apart from the grouping (whose V-measure and ARI count only each
/// answer's own theme). Each found theme stands for the gold label most of its own answers carry. A second theme is
/// <see cref="Correct"/> when it stands for a gold label of the answer (its second one, or its first when the answer's
/// own theme missed it) that the answer's own theme does not stand for. <see cref="Found"/> counts the answers with a
/// gold second label that got such a correct second theme. Precision is null with no second themes, recall with no
/// gold second labels.
/// </summary>
public sealed record SecondaryScore(int Predicted, int Correct, int GoldTwoIdeas, int Found)
{
    public double? Precision => Predicted == 0 ? null : (double)Correct / Predicted;

    public double? Recall => GoldTwoIdeas == 0 ? null : (double)Found / GoldTwoIdeas;

    public static SecondaryScore Of(IReadOnlyList<LabelledThemeAnswer> gold, ThemeResult result)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(result);
        var byId = gold.ToDictionary(g => g.Id, StringComparer.Ordinal);
        // The gold label a theme stands for: the most common one among its own answers (ties: ordinal order).
        var standsFor = result.Themes.ToDictionary(t => t.Id, t => t.AnswerIds.Where(byId.ContainsKey).Select(id => byId[id].Label)
            .GroupBy(l => l, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).FirstOrDefault(), StringComparer.Ordinal);
        var own = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var t in result.Themes)
            foreach (var id in t.AnswerIds) own.TryAdd(id, standsFor[t.Id]);
        int predicted = 0, correct = 0, found = 0;
        var foundIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in result.Themes)
            foreach (var id in t.SecondaryAnswerIds)
            {
                if (!byId.TryGetValue(id, out var answer)) continue;
                predicted++;
                var label = standsFor[t.Id];
                var ownLabel = own.GetValueOrDefault(id);
                var isCorrect = label is not null && label != ownLabel && (label == answer.Label || label == answer.SecondaryLabel);
                if (!isCorrect) continue;
                correct++;
                if (answer.SecondaryLabel is not null && foundIds.Add(id)) found++;
            }
        return new SecondaryScore(predicted, correct, gold.Count(g => g.SecondaryLabel is not null), found);
    }
}
