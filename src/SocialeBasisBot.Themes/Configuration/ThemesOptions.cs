using System.ComponentModel.DataAnnotations;
using SocialeBasisBot.Themes.Gloss;

namespace SocialeBasisBot.Themes.Configuration;

/// <summary>Settings of the theme engine, bound from the configuration section "Themes".</summary>
public sealed class ThemesOptions : IValidatableObject
{
    public const string SectionName = "Themes";

    /// <summary>Base path of the FreeDict files (without .index / .dict.dz).</summary>
    [Required]
    public string DictionaryPath { get; set; } = FreeDictLexicon.DefaultBasePath;

    /// <summary>Embedding source: MiniLm (offline default), Onnx (a model file you supply), AzureOpenAI, or None.</summary>
    [Required]
    [RegularExpression("^(MiniLm|Onnx|AzureOpenAI|None)$", ErrorMessage = "Themes:Embeddings must be MiniLm, Onnx, AzureOpenAI or None.")]
    public string Embeddings { get; set; } = "MiniLm";

    /// <summary>Gloss Dutch to English before embedding; null = only for the English MiniLM encoder.</summary>
    public bool? Gloss { get; set; }

    /// <summary>Weight of the embedding cosine against the TF-IDF cosine in the combined similarity.</summary>
    /// <remarks>0.35 was best on the dev answers (emergent and guided); see docs/themes.md.</remarks>
    [Range(0.0, 1.0)]
    public double EmbeddingWeight { get; set; } = 0.35;

    /// <summary>Minimum combined similarity for an answer to join an expected theme in guided mode.</summary>
    [Range(0.0, 1.0)]
    public double GuidedThreshold { get; set; } = 0.1;

    /// <summary>Emergent clustering: Spectral (kNN graph) or Ward.</summary>
    [RegularExpression("^(Spectral|Ward)$", ErrorMessage = "Themes:Clustering must be Spectral or Ward.")]
    public string Clustering { get; set; } = "Spectral";

    /// <summary>How the number of emergent themes is chosen: silhouette or eigengap (spectral only).</summary>
    [RegularExpression("^(silhouette|eigengap)$", ErrorMessage = "Themes:ThemeCountSelection must be silhouette or eigengap.")]
    public string ThemeCountSelection { get; set; } = "silhouette";

    [Range(2, 50)]
    public int MaxThemes { get; set; } = 12;

    /// <summary>Clusters smaller than this (or 3% of the answers) become "Overig".</summary>
    [Range(1, 100)]
    public int MinThemeSize { get; set; } = 2;

    /// <summary>Above this many answers a sample is clustered and the rest assigned, keeping the cost linear.</summary>
    [Range(100, 5000)]
    public int ClusterSampleSize { get; set; } = 1200;

    /// <summary>First retry delay of the optional providers for 5xx (a 429 waits for its Retry-After instead).</summary>
    public TimeSpan ProviderRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    public OnnxEmbeddingOptions Onnx { get; set; } = new();

    public AzureOpenAIEmbeddingOptions AzureOpenAI { get; set; } = new();

    public AzureLanguageOptions AzureLanguage { get; set; } = new();

    public AzureOpenAIChatOptions AzureOpenAIChat { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (AzureLanguage.Enabled && (AzureLanguage.Endpoint is null || string.IsNullOrWhiteSpace(AzureLanguage.ApiKey)))
            yield return new ValidationResult("Themes:AzureLanguage:Enabled needs Endpoint and ApiKey.", [nameof(AzureLanguage)]);
        if (Embeddings == "Onnx" && (string.IsNullOrWhiteSpace(Onnx.ModelPath) || string.IsNullOrWhiteSpace(Onnx.VocabularyPath)))
            yield return new ValidationResult("Themes:Embeddings = Onnx needs Onnx:ModelPath and Onnx:VocabularyPath.", [nameof(Onnx)]);
        if (Embeddings == "AzureOpenAI" && (AzureOpenAI.Endpoint is null || string.IsNullOrWhiteSpace(AzureOpenAI.Deployment) || string.IsNullOrWhiteSpace(AzureOpenAI.ApiKey)))
            yield return new ValidationResult("Themes:Embeddings = AzureOpenAI needs AzureOpenAI:Endpoint, Deployment and ApiKey.", [nameof(AzureOpenAI)]);
    }
}
