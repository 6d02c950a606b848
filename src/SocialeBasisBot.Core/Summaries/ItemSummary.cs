namespace SocialeBasisBot.Summaries;

/// <summary>What the answers to one question item said; the item's kind decides which summary it gets.</summary>
public abstract record ItemSummary
{
    public required string ItemId { get; init; }

    public required string QuestionText { get; init; }

    /// <summary>The blocks the question is linked to; <see cref="BuildingBlockRef.General"/> when none.</summary>
    public IReadOnlyList<BuildingBlockRef> BuildingBlocks { get; init; } = [];
}
