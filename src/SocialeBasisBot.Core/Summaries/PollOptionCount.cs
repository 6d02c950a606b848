namespace SocialeBasisBot.Summaries;

public sealed record PollOptionCount
{
    public required string OptionId { get; init; }
    public required string Label { get; init; }
    /// <summary>Participants who chose this option.</summary>
    public int Count { get; init; }
}
