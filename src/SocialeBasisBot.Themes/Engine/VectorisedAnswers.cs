namespace SocialeBasisBot.Themes.Engine;

/// <summary>
/// Output of the vectorise stage: every answer, expected-theme prototype (per theme: label + description, then the
/// examples) and building block as a point in one combined space, the space itself, and what it was made with.
/// </summary>
public sealed record VectorisedAnswers(
    AnswerSpace Space,
    IReadOnlyList<AnswerPoint> Answers,
    IReadOnlyList<IReadOnlyList<AnswerPoint>> Prototypes,
    IReadOnlyList<AnswerPoint> BuildingBlocks,
    string EmbeddingName,
    IReadOnlyList<string> Notes)
{
    /// <summary>
    /// Per answer, its parts (<see cref="Text.AnswerParts"/>) as points in the same space when it has two or more,
    /// else empty: what the two-ideas stage (<see cref="SecondaryAssigner"/>) compares with the themes.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<AnswerPoint>> Parts { get; init; } = [];
}
