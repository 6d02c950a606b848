namespace SocialeBasisBot.Programme;

public sealed record Link
{
    public required string Title { get; init; }
    public required string Url { get; init; }
}
