namespace SocialeBasisBot.Summaries;

/// <summary>Everything the session said about one building block: themes of its questions and its polls.</summary>
public sealed record BuildingBlockSummary
{
    public required BuildingBlockRef BuildingBlock { get; init; }
    public IReadOnlyList<BuildingBlockQuestion> Questions { get; init; } = [];
    public IReadOnlyList<PollSummary> Polls { get; init; } = [];

    public bool IsEmpty => Questions.Count == 0 && Polls.Count == 0;
}
