namespace SocialeBasisBot.Corrections;

/// <summary>
/// Finds the theme a correction meant when the engine has themed the question again since. The engine's theme ids
/// are positions in its result (emergent themes) and may name other themes after more answers, a restart or a later
/// `sluit`; the answers a theme held when the facilitator corrected it do not change. So the theme meant is the one
/// that now holds more than half of those answers still there; with less none is meant,
/// and the correction is not applied (the card says so) rather than landing on another theme.
/// </summary>
public static class CorrectionAnchor
{
    /// <summary>Enough to recognise a theme by; bounds the stored row when one theme holds thousands of answers.</summary>
    public const int MaxAnswers = 500;

    /// <summary>The answers to keep as a theme's anchor.</summary>
    public static List<long> Of(IEnumerable<long> answerIds)
    {
        ArgumentNullException.ThrowIfNull(answerIds);
        return [.. answerIds.Distinct().Order().Take(MaxAnswers)];
    }

    /// <summary>
    /// The index in <paramref name="themes"/> of the theme meant, or -1. Without an anchor (corrections stored before
    /// anchors) the engine's id decides, as it did then.
    /// </summary>
    /// <param name="themes">Each theme's id and its answers now.</param>
    /// <param name="present">Whether an answer is still one of the question's answers (a deleted one says nothing).</param>
    public static int Find(
        IReadOnlyList<(string Id, ICollection<long> Members)> themes, string? id, IReadOnlyList<long>? anchor, Func<long, bool> present)
    {
        ArgumentNullException.ThrowIfNull(themes);
        ArgumentNullException.ThrowIfNull(present);
        if (anchor is null || anchor.Count == 0)
        {
            for (var i = 0; i < themes.Count; i++)
            {
                if (string.Equals(themes[i].Id, id, StringComparison.Ordinal))
                    return i;
            }

            return -1;
        }

        var still = anchor.Where(present).ToList();
        if (still.Count == 0)
            return -1;

        var counts = themes.Select(t => (t.Members as ISet<long> ?? t.Members.ToHashSet()) is var set ? still.Count(set.Contains) : 0).ToList();
        // More than half: at most one theme can, so there is never a tie to break.
        var best = counts.Max();
        return 2 * best > still.Count ? counts.IndexOf(best) : -1;
    }
}
