using System.ComponentModel.DataAnnotations;
using SocialeBasisBot.Themes.Gloss;

namespace SocialeBasisBot.Themes.Configuration;

/// <summary>Settings of the theme engine, bound from the configuration section "Themes".</summary>
public sealed class ThemesOptions
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
    [Range(0.0, 1.0)]
    public double EmbeddingWeight { get; set; } = 0.7;

    /// <summary>Minimum combined similarity for an answer to join an expected theme in guided mode.</summary>
    [Range(0.0, 1.0)]
    public double GuidedThreshold { get; set; } = 0.3;

    [Range(2, 50)]
    public int MaxThemes { get; set; } = 12;

    /// <summary>Clusters smaller than this (or 3% of the answers) become "Overig".</summary>
    [Range(1, 100)]
    public int MinThemeSize { get; set; } = 2;

    /// <summary>Above this many answers a sample is clustered and the rest assigned, keeping the cost linear.</summary>
    [Range(100, 5000)]
    public int ClusterSampleSize { get; set; } = 1500;

    public OnnxEmbeddingOptions Onnx { get; set; } = new();

    public AzureOpenAIEmbeddingOptions AzureOpenAI { get; set; } = new();

    public AzureLanguageOptions AzureLanguage { get; set; } = new();
}
