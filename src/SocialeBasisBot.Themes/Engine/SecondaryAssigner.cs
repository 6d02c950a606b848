namespace SocialeBasisBot.Themes.Engine;

/// <summary>
/// Answers with two ideas ("meer tijd en een vrijwilligersvergoeding", issue 10 point 6): after the answers are
/// grouped, an answer also counts in a second theme when it clearly has two parts (<see cref="Text.AnswerParts"/>),
/// one of which is about that other theme. Clearly means: that part is at least <see cref="MinPartScore"/> similar to
/// the other theme's centre and <see cref="Margin"/> more similar to it than to the answer's own theme, and another
/// part is still closer to the answer's own theme. The answer's own theme never changes, so neither do the grouping's
/// scores; an answer counts in at most two themes.
/// </summary>
/// <remarks>Runs between the cluster and label stages, in the combined space (embedding + TF-IDF) of the answers.</remarks>
public static class SecondaryAssigner
{
    /// <summary>
    /// Combined similarity of a part to the other theme's centre: at least this. About the similarity of an answer to
    /// its own theme's centre on the dev answers (median 0.3), so a part must fit the other theme as well as a member.
    /// </summary>
    public const float MinPartScore = 0.25f;

    /// <summary>And this much more than to the answer's own theme (one step of the similarity scale, not a tie).</summary>
    public const float Margin = 0.10f;

    public static ThemeAssignment Assign(VectorisedAnswers vectors, ThemeAssignment assignment)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        ArgumentNullException.ThrowIfNull(assignment);
        var n = assignment.Groups.Count;
        var secondary = Enumerable.Repeat(ThemeAssignment.None, n).ToArray();
        var groups = assignment.Groups.Where(g => g >= 0).Distinct().Order().ToArray();
        if (groups.Length < 2 || vectors.Parts.Count != n || vectors.Parts.All(p => p.Count < 2))
            return assignment with { Secondary = secondary };
        var index = groups.Select((g, k) => (g, k)).ToDictionary(x => x.g, x => x.k);
        // An expected theme also is its description and examples: a theme with few answers still has its words.
        var centres = groups.Select(g => AnswerSpace.Centroid(Enumerable.Range(0, n)
                .Where(i => assignment.Groups[i] == g).Select(i => vectors.Answers[i])
                .Concat(assignment.IsExpected(g) ? vectors.Prototypes[g] : [])))
            .ToArray();
        for (var i = 0; i < n; i++)
        {
            var parts = vectors.Parts[i];
            if (parts.Count < 2 || !index.TryGetValue(assignment.Groups[i], out var own)) continue;
            var scores = parts.Select(p => centres.Select(c => vectors.Space.Similarity(p, c)).ToArray()).ToList();
            var best = (Group: -1, Gain: 0f);
            for (var j = 0; j < parts.Count; j++)
            {
                var s = scores[j];
                var top = Array.IndexOf(s, s.Max());
                if (top == own || s[top] < MinPartScore) continue;
                var gain = s[top] - s[own];
                // Another part must still be about the answer's own theme, or the answer simply sits in the wrong one.
                var anotherPartIsOwn = scores.Where((_, k) => k != j).Any(o => o[own] >= o[top]);
                if (gain >= Margin && gain > best.Gain && anotherPartIsOwn) best = (top, gain);
            }
            if (best.Group >= 0) secondary[i] = groups[best.Group];
        }
        return assignment with { Secondary = secondary };
    }
}
