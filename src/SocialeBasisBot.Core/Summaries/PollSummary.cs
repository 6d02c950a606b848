namespace SocialeBasisBot.Summaries;

/// <summary>The result of a poll or checklist: how many participants chose each option.</summary>
public sealed record PollSummary : ItemSummary
{
    public bool MultipleChoice { get; init; }
    /// <summary>Participants whose latest answer is counted.</summary>
    public int Respondents { get; init; }
    /// <summary>In the programme's option order.</summary>
    public IReadOnlyList<PollOptionCount> Options { get; init; } = [];
    /// <summary>Respondents whose answer named no known option.</summary>
    public int UnrecognisedCount { get; init; }
}
