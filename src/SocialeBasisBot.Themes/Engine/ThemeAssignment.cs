namespace SocialeBasisBot.Themes.Engine;

/// <summary>
/// Output of the assign and cluster stages: the group of each answer, by index. Groups below
/// <see cref="ExpectedCount"/> are the request's expected themes (same index); groups from there on are emergent
/// themes; <see cref="None"/> is "Overig".
/// </summary>
public sealed record ThemeAssignment(IReadOnlyList<int> Groups, int ExpectedCount)
{
    public const int None = -1;

    public static ThemeAssignment Unassigned(int answerCount, int expectedCount) =>
        new(Enumerable.Repeat(None, answerCount).ToArray(), expectedCount);

    /// <summary>
    /// Per answer, the group of a second idea in it ("meer tijd en een vrijwilligersvergoeding"), or <see cref="None"/>;
    /// empty until the two-ideas stage ran.
    /// </summary>
    public IReadOnlyList<int> Secondary { get; init; } = [];

    public bool IsExpected(int group) => group is >= 0 && group < ExpectedCount;

    /// <summary>Indices of the answers in no group, in order.</summary>
    public IReadOnlyList<int> UnassignedIndices() => Enumerable.Range(0, Groups.Count).Where(i => Groups[i] < 0).ToList();
}
