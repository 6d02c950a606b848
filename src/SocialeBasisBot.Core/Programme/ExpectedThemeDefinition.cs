namespace SocialeBasisBot.Programme;

/// <summary>An expected theme for an open question, as written by the programme author.</summary>
public sealed record ExpectedThemeDefinition
{
    public required string Id { get; init; }
    public required string Label { get; init; }
    public string Description { get; init; } = "";
    public IReadOnlyList<string> Examples { get; init; } = [];
    /// <summary>Building block ids; empty means the question's own blocks.</summary>
    public IReadOnlyList<string> BuildingBlocks { get; init; } = [];
}
