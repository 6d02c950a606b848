namespace SocialeBasisBot.Themes;

/// <summary>A theme the programme author expects for a question (guided mode).</summary>
public sealed record ExpectedTheme
{
    public required string Id { get; init; }
    public required string Label { get; init; }
    public string Description { get; init; } = "";
    public IReadOnlyList<string> Examples { get; init; } = [];
    /// <summary>Building block ids this theme belongs to; empty means "the question's blocks".</summary>
    public IReadOnlyList<string> BuildingBlocks { get; init; } = [];
}
