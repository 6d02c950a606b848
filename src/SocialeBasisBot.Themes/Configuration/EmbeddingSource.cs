namespace SocialeBasisBot.Themes.Configuration;

/// <summary>Where sentence embeddings come from (setting Themes:Embeddings).</summary>
public enum EmbeddingSource
{
    /// <summary>The offline MiniLM encoder on the Dutch→English gloss (default).</summary>
    MiniLm,

    /// <summary>An ONNX sentence encoder you supply (Themes:Onnx).</summary>
    Onnx,

    /// <summary>An Azure OpenAI embeddings deployment (Themes:AzureOpenAI).</summary>
    AzureOpenAI,

    /// <summary>No embeddings: text features (TF-IDF) only.</summary>
    None,
}
