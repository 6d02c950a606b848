namespace SocialeBasisBot.Summaries;

/// <summary>A building block as a summary names it: its id and title, or the "Algemeen" group.</summary>
public sealed record BuildingBlockRef
{
    /// <summary>Id of the group that holds items linked to no building block.</summary>
    public const string GeneralId = "algemeen";

    public static BuildingBlockRef General { get; } = new() { Id = GeneralId, Title = "Algemeen" };

    public required string Id { get; init; }
    public required string Title { get; init; }

    public bool IsGeneral => Id == GeneralId;
}
