namespace SocialeBasisBot.Summaries;

/// <summary>The themes of one question that belong to one building block.</summary>
public sealed record BuildingBlockThemes
{
    public required BuildingBlockRef BuildingBlock { get; init; }
    /// <summary>Largest first.</summary>
    public IReadOnlyList<ThemeSummary> Themes { get; init; } = [];
}
