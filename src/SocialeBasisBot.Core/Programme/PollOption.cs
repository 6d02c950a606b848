namespace SocialeBasisBot.Programme;

public sealed record PollOption
{
    /// <summary>Short id, e.g. "A".</summary>
    public required string Id { get; init; }
    public required string Label { get; init; }
}
