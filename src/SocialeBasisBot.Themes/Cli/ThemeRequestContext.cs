namespace SocialeBasisBot.Themes.Cli;

/// <summary>What the programme says about one question: its text, expected themes and building blocks.</summary>
public sealed record ThemeRequestContext
{
    public string? QuestionText { get; init; }
    public IReadOnlyList<ExpectedTheme> ExpectedThemes { get; init; } = [];
    public IReadOnlyList<BuildingBlockText> BuildingBlocks { get; init; } = [];
}
