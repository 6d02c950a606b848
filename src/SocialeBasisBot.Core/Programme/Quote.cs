namespace SocialeBasisBot.Programme;

public sealed record Quote
{
    public required string Text { get; init; }
    public string Source { get; init; } = "";
}
