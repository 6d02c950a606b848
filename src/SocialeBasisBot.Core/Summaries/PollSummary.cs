namespace SocialeBasisBot.Summaries;

/// <summary>The result of a poll or checklist: how many participants chose each option.</summary>
public sealed record PollSummary
{
    public required string ItemId { get; init; }
    public required string QuestionText { get; init; }
    public IReadOnlyList<BuildingBlockRef> BuildingBlocks { get; init; } = [];
    public bool MultipleChoice { get; init; }
    /// <summary>Participants whose latest answer is counted.</summary>
    public int Respondents { get; init; }
    /// <summary>In the programme's option order.</summary>
    public IReadOnlyList<PollOptionCount> Options { get; init; } = [];
    /// <summary>Respondents whose answer named no known option.</summary>
    public int UnrecognisedCount { get; init; }
}
