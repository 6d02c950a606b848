using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using SocialeBasisBot.Themes.Embeddings;
using SocialeBasisBot.Themes.Gloss;
using SocialeBasisBot.Themes.Text;

namespace SocialeBasisBot.Themes.Engine;

/// <summary>
/// Sentence embeddings for the vectorise stage: glossed to English when the encoder is English, cached per provider
/// and text (answers are embedded as they arrive), and falling back to offline MiniLM when a cloud provider fails.
/// </summary>
public sealed class AnswerEmbedder(
    IEmbeddingGenerator<string, Embedding<float>>? generator,
    bool usesGloss,
    Lazy<GlossResources> dictionary,
    ILogger logger) : IDisposable
{
    private const int MaxCachedEmbeddings = 100_000;
    private readonly ConcurrentDictionary<string, float[]> cache = new(StringComparer.Ordinal);
    // The texts as given (before the gloss) whose vectors are cached: asking costs a lookup, not a gloss.
    private readonly ConcurrentDictionary<string, bool> embeddedTexts = new(StringComparer.Ordinal);
    private readonly Lock fallbackLock = new();
    private MiniLmEmbeddingGenerator? fallbackGenerator;

    /// <summary>Null when embeddings are switched off (Themes:Embeddings = None).</summary>
    public IEmbeddingGenerator<string, Embedding<float>>? Generator => generator;

    public bool UsesGloss => usesGloss;

    /// <summary>
    /// True when embedding the text costs nothing now: its vector is cached, or nothing is embedded (no encoder, or
    /// the gloss the encoder needs is missing, so the engine uses text features only).
    /// </summary>
    public bool IsPrepared(string text)
    {
        if (generator is null) return true;
        if (embeddedTexts.ContainsKey(text)) return true;
        // Before the dictionary is loaded nothing was embedded; asking must not load it.
        return usesGloss && dictionary.IsValueCreated && dictionary.Value.Glosser is null;
    }

    /// <summary>Unit vectors for the texts (null: text features only) and the name of what made them.</summary>
    public async Task<(float[][]? Vectors, string Name)> EmbedAsync(List<string> texts, List<string> notes, CancellationToken cancellationToken)
    {
        if (generator is null) return (null, "tfidf");
        var glosser = usesGloss ? dictionary.Value.Glosser : null;
        if (usesGloss && glosser is null) return (null, "tfidf");
        var inputs = Inputs(texts, glosser, cancellationToken);
        var providerName = ProviderName(generator) + (glosser is null ? "" : " (gloss)");
        try
        {
            var vectors = await EmbedWithAsync(generator, inputs, cancellationToken);
            Remember(texts);
            return (vectors, providerName);
        }
        catch (Exception e) when (e is HttpRequestException or InvalidOperationException or TimeoutException or IOException
                                      or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            if (generator is MiniLmEmbeddingGenerator) throw;
            logger.LogWarning(e, "Embedding provider {Provider} failed; falling back to offline MiniLM", providerName);
            notes.Add($"Embeddings via {ProviderName(generator)} mislukt ({e.GetType().Name}: {e.Message}); teruggevallen op offline MiniLM.");
            var offlineGlosser = dictionary.Value.Glosser;
            if (offlineGlosser is null)
            {
                notes.Add("Woordenboek ontbreekt ook; alleen tekstkenmerken (TF-IDF) gebruikt.");
                return (null, "tfidf");
            }
            MiniLmEmbeddingGenerator fallback;
            lock (fallbackLock) fallback = fallbackGenerator ??= new MiniLmEmbeddingGenerator();
            // The offline glosser is the same dictionary's: texts already glossed for the failed provider are reused.
            var glossed = glosser is not null ? inputs : Inputs(texts, offlineGlosser, cancellationToken);
            var offline = await EmbedWithAsync(fallback, glossed, cancellationToken);
            Remember(texts);
            return (offline, MiniLmEmbeddingGenerator.ProviderName + " (gloss)");
        }
    }

    private void Remember(List<string> texts)
    {
        // Several texts can gloss alike, so this set is bounded on its own too (forgetting only costs a re-check).
        if (embeddedTexts.Count + texts.Count > MaxCachedEmbeddings) embeddedTexts.Clear();
        foreach (var text in texts) embeddedTexts[text] = true;
    }

    /// <summary>What the encoder reads: the glossed text, or the cleaned text when nothing is glossed.</summary>
    private static List<string> Inputs(List<string> texts, DutchEnglishGlosser? glosser, CancellationToken cancellationToken) =>
        // Glossing is the engine's costliest work per answer: a caller that gave up stops it between answers.
        texts.Select(t =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            return glosser?.Gloss(t) ?? ChatText.Clean(t);
        }).ToList();

    private async Task<float[][]> EmbedWithAsync(IEmbeddingGenerator<string, Embedding<float>> embedder, List<string> inputs, CancellationToken cancellationToken)
    {
        var prefix = ProviderName(embedder) + "\u0001";
        // Answers may be prepared (PrepareAsync) on another thread while a question closes; a local map keeps this
        // call's vectors even if the shared cache is cleared in between.
        var found = new Dictionary<string, float[]>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var t in inputs.Distinct(StringComparer.Ordinal))
        {
            if (cache.TryGetValue(prefix + t, out var cached)) found[t] = cached;
            else missing.Add(t);
        }
        if (missing.Count > 0)
        {
            var started = Stopwatch.GetTimestamp();
            var generated = await embedder.GenerateAsync(missing, cancellationToken: cancellationToken);
            // How much of a summary's vectorise stage was the encoder's (texts preparation had not reached yet).
            logger.LogDebug("Encoded {Missing} of {Count} texts in {Milliseconds} ms", missing.Count, inputs.Count,
                (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (generated.Count != missing.Count)
                throw new InvalidOperationException($"Embedding provider returned {generated.Count} vectors for {missing.Count} texts.");
            if (cache.Count + missing.Count > MaxCachedEmbeddings)
            {
                cache.Clear();
                embeddedTexts.Clear();
            }
            for (var i = 0; i < missing.Count; i++)
            {
                var vector = AnswerSpace.Normalise(generated[i].Vector.ToArray());
                found[missing[i]] = vector;
                cache[prefix + missing[i]] = vector;
            }
        }
        return inputs.Select(t => found[t]).ToArray();
    }

    private static string ProviderName(IEmbeddingGenerator<string, Embedding<float>> embedder) =>
        embedder.GetService(typeof(EmbeddingGeneratorMetadata)) is EmbeddingGeneratorMetadata { ProviderName: { } name }
            ? name
            : embedder is MiniLmEmbeddingGenerator ? MiniLmEmbeddingGenerator.ProviderName : embedder.GetType().Name;

    public void Dispose() => fallbackGenerator?.Dispose();
}
