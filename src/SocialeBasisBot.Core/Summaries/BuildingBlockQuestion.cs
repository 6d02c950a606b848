namespace SocialeBasisBot.Summaries;

/// <summary>One question as it appears under one building block: the question and the themes of that block.</summary>
public sealed record BuildingBlockQuestion
{
    public required QuestionSummary Question { get; init; }
    public IReadOnlyList<ThemeSummary> Themes { get; init; } = [];
}
