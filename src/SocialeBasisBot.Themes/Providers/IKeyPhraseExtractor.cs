namespace SocialeBasisBot.Themes.Providers;

/// <summary>An external key phrase service (test seam: the Azure AI Language client implements it).</summary>
public interface IKeyPhraseExtractor
{
    string Name { get; }

    /// <summary>Key phrases per document, in the order given.</summary>
    Task<IReadOnlyList<IReadOnlyList<string>>> ExtractAsync(IReadOnlyList<string> documents, CancellationToken cancellationToken);
}
