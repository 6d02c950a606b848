namespace SocialeBasisBot.Programme;

public sealed record PollOption
{
    /// <summary>Short id, e.g. "A".</summary>
    public required string Id { get; init; }
    public required string Label { get; init; }

    /// <summary>
    /// What a card and a stored answer show: "A. Label" when the id is a letter or number people type in the chat,
    /// only the label when the id is a word ("kaart"), which would read as noise before the label.
    /// </summary>
    public string Display => Id.Length <= 2 ? $"{Id}. {Label}" : Label;
}
