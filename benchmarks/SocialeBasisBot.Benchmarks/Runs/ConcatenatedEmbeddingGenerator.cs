using Microsoft.Extensions.AI;
using SocialeBasisBot.Themes.Embeddings;

namespace SocialeBasisBot.Benchmarks.Runs;

/// <summary>
/// Two or more encoders side by side: each one's vector made unit length, then joined, so each weighs the same in
/// the cosine. Measured as "both concatenated" (docs/themes.md); kept in the benchmark because it was not kept.
/// </summary>
public sealed class ConcatenatedEmbeddingGenerator(params IEmbeddingGenerator<string, Embedding<float>>[] parts)
    : IEmbeddingGenerator<string, Embedding<float>>
{
    private readonly EmbeddingGeneratorMetadata metadata = new(string.Join('+', parts.Select(Name)));

    public async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var texts = values.ToList();
        var vectors = new List<float[]>[texts.Count];
        for (var i = 0; i < texts.Count; i++) vectors[i] = [];
        foreach (var part in parts)
        {
            var generated = await part.GenerateAsync(texts, options, cancellationToken);
            for (var i = 0; i < texts.Count; i++) vectors[i].Add(Unit(generated[i].Vector.ToArray()));
        }
        return [.. vectors.Select(v => new Embedding<float>(v.SelectMany(x => x).ToArray()))];
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is not null ? null
        : serviceType == typeof(EmbeddingGeneratorMetadata) ? metadata
        : serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
        foreach (var part in parts) part.Dispose();
    }

    private static string Name(IEmbeddingGenerator<string, Embedding<float>> g) =>
        (g.GetService(typeof(EmbeddingGeneratorMetadata)) as EmbeddingGeneratorMetadata)?.ProviderName
        ?? (g is MiniLmEmbeddingGenerator ? MiniLmEmbeddingGenerator.ProviderName : g.GetType().Name);

    private static float[] Unit(float[] v)
    {
        var norm = MathF.Sqrt(v.Sum(x => x * x));
        return norm == 0 ? v : v.Select(x => x / norm).ToArray();
    }
}
