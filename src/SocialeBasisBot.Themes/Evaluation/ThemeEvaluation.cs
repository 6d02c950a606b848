namespace SocialeBasisBot.Themes.Evaluation;

/// <summary>The engine's result scored against gold labels (see <see cref="ThemeEvaluator"/>).</summary>
public sealed record ThemeEvaluation
{
    public required int Answers { get; init; }
    /// <summary>Distinct gold labels, off-topic included.</summary>
    public required int GoldThemes { get; init; }
    public required int FoundThemes { get; init; }
    public required double VMeasure { get; init; }
    public required double Homogeneity { get; init; }
    public required double Completeness { get; init; }
    public required double AdjustedRandIndex { get; init; }
    public required OffTopicScore OffTopic { get; init; }
    /// <summary>How well answers with two ideas were also placed in their second theme (<see cref="SecondaryScore"/>).</summary>
    public SecondaryScore Secondary { get; init; } = new(0, 0, 0, 0);
}
