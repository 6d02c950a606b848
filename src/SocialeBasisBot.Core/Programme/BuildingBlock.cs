namespace SocialeBasisBot.Programme;

/// <summary>A "bouwsteen" of the theory of change, with its theory and "Werken aan…" points.</summary>
public sealed record BuildingBlock
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public IReadOnlyList<string> Theory { get; init; } = [];
    public IReadOnlyList<string> WorkingOn { get; init; } = [];
}
