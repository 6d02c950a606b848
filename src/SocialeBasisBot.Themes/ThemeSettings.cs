namespace SocialeBasisBot.Themes;

/// <summary>What the engine actually used, so a reader of the output knows how it was made.</summary>
public sealed record ThemeSettings
{
    public required string Mode { get; init; }            // "emergent" or "guided"
    public required string Embeddings { get; init; }      // e.g. "gloss+minilm", "tfidf"
    public string? KeyPhrases { get; init; }               // e.g. "azure-language" or null
    public IReadOnlyList<string> Notes { get; init; } = []; // fallbacks and other remarks, in plain words
    public int ThemeCount { get; init; }
}
