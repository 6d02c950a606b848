namespace SocialeBasisBot.Themes.Configuration;

/// <summary>Azure OpenAI embeddings deployment (e.g. text-embedding-3-small); off unless Embeddings = AzureOpenAI.</summary>
public sealed class AzureOpenAIEmbeddingOptions
{
    public Uri? Endpoint { get; set; }
    public string? Deployment { get; set; }
    public string? ApiKey { get; set; }

    /// <summary>How long one embeddings request may take before the engine falls back to the offline model.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);
}
