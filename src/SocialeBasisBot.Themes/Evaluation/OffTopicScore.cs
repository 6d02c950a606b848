namespace SocialeBasisBot.Themes.Evaluation;

/// <summary>
/// How well lines that are no answer were set apart. Precision is null when nothing was flagged, recall when the
/// gold labels have no off-topic lines (a ratio of 0/0 is not a score).
/// </summary>
public sealed record OffTopicScore(int Flagged, int Gold, int Caught)
{
    public double? Precision => Flagged == 0 ? null : (double)Caught / Flagged;

    public double? Recall => Gold == 0 ? null : (double)Caught / Gold;

    public static OffTopicScore Of(IEnumerable<string> goldOffTopicIds, IEnumerable<string> flaggedIds)
    {
        ArgumentNullException.ThrowIfNull(goldOffTopicIds);
        ArgumentNullException.ThrowIfNull(flaggedIds);
        var gold = goldOffTopicIds.ToHashSet(StringComparer.Ordinal);
        var flagged = flaggedIds.ToHashSet(StringComparer.Ordinal);
        return new OffTopicScore(flagged.Count, gold.Count, flagged.Count(gold.Contains));
    }
}
