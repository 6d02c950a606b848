namespace SocialeBasisBot.Themes;

/// <summary>Everything the engine needs to group the answers to one question.</summary>
public sealed record ThemeRequest
{
    public required IReadOnlyList<ThemeAnswer> Answers { get; init; }
    /// <summary>Expected themes from the programme; empty means emergent mode.</summary>
    public IReadOnlyList<ExpectedTheme> ExpectedThemes { get; init; } = [];
    /// <summary>The building blocks the question is linked to (with their texts).</summary>
    public IReadOnlyList<BuildingBlockText> BuildingBlocks { get; init; } = [];
    public string? QuestionText { get; init; }
}
