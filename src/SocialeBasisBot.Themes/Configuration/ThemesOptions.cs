using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using SocialeBasisBot.Themes.Gloss;
using SocialeBasisBot.Themes.Labels.WordClasses;
using SocialeBasisBot.Themes.OffTopic;

namespace SocialeBasisBot.Themes.Configuration;

/// <summary>Settings of the theme engine, bound from the configuration section "Themes".</summary>
public sealed class ThemesOptions : IValidatableObject
{
    public const string SectionName = "Themes";

    /// <summary>Base path of the FreeDict files (without .index / .dict.dz).</summary>
    [Required]
    public string DictionaryPath { get; set; } = FreeDictLexicon.DefaultBasePath;

    /// <summary>Base path of the Hunspell Dutch files (without .aff / .dic): word classes for labels.</summary>
    [Required]
    public string HunspellPath { get; set; } = HunspellDutchLexicon.DefaultBasePath;

    /// <summary>Folder with WordNet's index.noun and index.verb: word classes of the FreeDict gloss for labels.</summary>
    [Required]
    public string WordNetPath { get; set; } = WordNetIndex.DefaultFolder;

    /// <summary>Embedding source: MiniLm (offline default), Onnx (a model file you supply), AzureOpenAI, or None.</summary>
    public EmbeddingSource Embeddings { get; set; } = EmbeddingSource.MiniLm;

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
    public ClusteringAlgorithm Clustering { get; set; } = ClusteringAlgorithm.Spectral;

    /// <summary>How the number of emergent themes is chosen: silhouette or eigengap (spectral only).</summary>
    public ThemeCountMethod ThemeCountSelection { get; set; } = ThemeCountMethod.Silhouette;

    /// <summary>Which detector sets chat noise apart: RulesAndLearned (default) or Rules alone.</summary>
    /// <remarks>RulesAndLearned won on the unseen fresh3 part by the rule fixed before it was scored (docs/themes.md).</remarks>
    public OffTopicDetection OffTopic { get; set; } = OffTopicDetection.RulesAndLearned;

    /// <summary>Spectral clustering's graph: Views (embedding, TF-IDF and combined graphs averaged) or Combined.</summary>
    /// <remarks>Views gained on the dev answers and SIB-200 subsamples (docs/themes.md, session 6).</remarks>
    public SpectralGraph SpectralGraph { get; set; } = SpectralGraph.Views;

    [Range(2, 50)]
    public int MaxThemes { get; set; } = 12;

    /// <summary>Clusters smaller than this (or 3% of the answers) become "Overig".</summary>
    [Range(1, 100)]
    public int MinThemeSize { get; set; } = 2;

    /// <summary>
    /// Times a made-up question is themed at start-up, in the background, so the first summary runs optimised code
    /// (a fresh process's first summary took 0.75–0.84 s for 500 prepared answers, a warmed one 0.30–0.34 s); 0 = none.
    /// </summary>
    [Range(0, 10)]
    public int WarmUpRounds { get; set; } = 3;

    /// <summary>Above this many answers a sample is clustered and the rest assigned, keeping the cost linear.</summary>
    [Range(100, 5000)]
    public int ClusterSampleSize { get; set; } = 1200;

    /// <summary>First retry delay of the optional providers for 5xx (a 429 waits for its Retry-After instead).</summary>
    public TimeSpan ProviderRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    public OnnxEmbeddingOptions Onnx { get; set; } = new();

    public AzureOpenAIEmbeddingOptions AzureOpenAI { get; set; } = new();

    public AzureLanguageOptions AzureLanguage { get; set; } = new();

    public AzureOpenAIChatOptions AzureOpenAIChat { get; set; } = new();

    /// <summary>Settings that could not be bound (an unknown name for an enum setting), reported by validation.</summary>
    internal List<string> BindingErrors { get; } = [];

    /// <summary>
    /// Binds section "Themes". The configuration binder throws on an unknown enum name; checking those settings first
    /// turns a typo into the usual validation message at start-up ("Themes:Clustering must be Spectral or Ward.").
    /// </summary>
    public static void Bind(IConfiguration themesSection, ThemesOptions options)
    {
        ArgumentNullException.ThrowIfNull(themesSection);
        ArgumentNullException.ThrowIfNull(options);
        options.BindingErrors.Clear();
        CheckEnum<EmbeddingSource>(themesSection, nameof(Embeddings), options.BindingErrors);
        CheckEnum<ClusteringAlgorithm>(themesSection, nameof(Clustering), options.BindingErrors);
        CheckEnum<ThemeCountMethod>(themesSection, nameof(ThemeCountSelection), options.BindingErrors);
        CheckEnum<OffTopicDetection>(themesSection, nameof(OffTopic), options.BindingErrors);
        CheckEnum<SpectralGraph>(themesSection, nameof(SpectralGraph), options.BindingErrors);
        if (options.BindingErrors.Count == 0) themesSection.Bind(options);
    }

    /// <summary>The embedding source section "Themes" asks for, read before the options exist (service registration).</summary>
    public static EmbeddingSource EmbeddingSourceIn(IConfiguration themesSection) =>
        Enum.TryParse<EmbeddingSource>(themesSection[nameof(Embeddings)], ignoreCase: true, out var source)
            ? source
            : EmbeddingSource.MiniLm;

    private static void CheckEnum<TEnum>(IConfiguration section, string key, List<string> errors) where TEnum : struct, Enum
    {
        var raw = section[key];
        // Names only: Enum.TryParse also takes numbers ("1"), which would hide a typo.
        if (raw is null || (raw.Trim() is { Length: > 0 } name && !char.IsAsciiDigit(name[0]) && !name.StartsWith('-')
                            && Enum.TryParse<TEnum>(name, ignoreCase: true, out _)))
            return;
        var names = Enum.GetNames<TEnum>();
        errors.Add($"{SectionName}:{key} must be {string.Join(", ", names[..^1])} or {names[^1]}.");
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var error in BindingErrors)
            yield return new ValidationResult(error);
        if (AzureLanguage.Enabled && (AzureLanguage.Endpoint is null || string.IsNullOrWhiteSpace(AzureLanguage.ApiKey)))
            yield return new ValidationResult("Themes:AzureLanguage:Enabled needs Endpoint and ApiKey.", [nameof(AzureLanguage)]);
        if (Embeddings == EmbeddingSource.Onnx && (string.IsNullOrWhiteSpace(Onnx.ModelPath) || string.IsNullOrWhiteSpace(Onnx.VocabularyPath)))
            yield return new ValidationResult("Themes:Embeddings = Onnx needs Onnx:ModelPath and Onnx:VocabularyPath.", [nameof(Onnx)]);
        if (Embeddings == EmbeddingSource.AzureOpenAI && (AzureOpenAI.Endpoint is null || string.IsNullOrWhiteSpace(AzureOpenAI.Deployment) || string.IsNullOrWhiteSpace(AzureOpenAI.ApiKey)))
            yield return new ValidationResult("Themes:Embeddings = AzureOpenAI needs AzureOpenAI:Endpoint, Deployment and ApiKey.", [nameof(AzureOpenAI)]);
    }
}
