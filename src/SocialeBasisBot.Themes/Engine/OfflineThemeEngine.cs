using System.Collections.Concurrent;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SocialeBasisBot.Themes.Configuration;
using SocialeBasisBot.Themes.Embeddings;
using SocialeBasisBot.Themes.Features;
using SocialeBasisBot.Themes.Gloss;
using SocialeBasisBot.Themes.Labels;
using SocialeBasisBot.Themes.OffTopic;
using SocialeBasisBot.Themes.Providers;
using SocialeBasisBot.Themes.Text;

namespace SocialeBasisBot.Themes.Engine;

/// <summary>
/// The default theme engine; works with no network and no keys. Pipeline: off-topic rules → Dutch→English gloss
/// (FreeDict) → sentence embeddings (MiniLM by default) + TF-IDF on stems and character n-grams → guided
/// assignment to expected themes → Ward clustering of the rest → labels from the answers' own words.
/// </summary>
public sealed class OfflineThemeEngine : IThemeEngine, IDisposable
{
    private const int MaxCachedEmbeddings = 100_000;
    private readonly ThemesOptions _options;
    private readonly ILogger<OfflineThemeEngine> _logger;
    private readonly IEmbeddingGenerator<string, Embedding<float>>? _generator;
    private readonly IKeyPhraseExtractor? _keyPhrases;
    private readonly Lazy<(DutchEnglishGlosser? Glosser, string? Problem)> _glosser;
    private readonly ConcurrentDictionary<string, float[]> _embeddingCache = new(StringComparer.Ordinal);
    private readonly object _fallbackLock = new();
    private MiniLmEmbeddingGenerator? _fallbackGenerator;

    public OfflineThemeEngine(
        IOptions<ThemesOptions> options,
        ILogger<OfflineThemeEngine> logger,
        IEmbeddingGenerator<string, Embedding<float>>? generator = null,
        IKeyPhraseExtractor? keyPhrases = null)
    {
        _options = options.Value;
        _logger = logger;
        _generator = _options.Embeddings == "None" ? null : generator;
        _keyPhrases = keyPhrases;
        _glosser = new Lazy<(DutchEnglishGlosser?, string?)>(LoadGlosser);
    }

    /// <summary>True when embeddings go through the gloss (English encoder).</summary>
    public bool UsesGloss => _options.Gloss ?? _options.Embeddings == "MiniLm";

    /// <summary>
    /// Embeds answers ahead of time (as they arrive in the chat), so closing a question only clusters.
    /// MiniLM costs about 12 ms per answer; 150 answers at close would otherwise add two seconds.
    /// </summary>
    public async Task PrepareAsync(IEnumerable<string> texts, CancellationToken cancellationToken = default)
    {
        var notes = new List<string>();
        await EmbedAsync(texts.ToList(), notes, cancellationToken);
    }

    public Task<ThemeResult> FindThemesAsync(ThemeRequest request, CancellationToken cancellationToken = default) =>
        FindThemesAsync(request, forcedThemeCount: null, cancellationToken);

    /// <summary>As <see cref="FindThemesAsync(ThemeRequest, CancellationToken)"/> with a fixed number of emergent themes (benchmarks).</summary>
    internal async Task<ThemeResult> FindThemesAsync(ThemeRequest request, int? forcedThemeCount, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        var stages = new List<string>();
        void Stage(string name)
        {
            stages.Add($"{name} {stopwatch.ElapsedMilliseconds} ms");
            stopwatch.Restart();
        }
        var notes = new List<string>();
        var offTopic = new List<string>();
        var answers = new List<ThemeAnswer>();
        foreach (var a in request.Answers)
        {
            if (OffTopicDetector.Classify(a.Text) != OffTopicKind.None) offTopic.Add(a.Id);
            else answers.Add(a);
        }
        var guided = request.ExpectedThemes.Count > 0;
        var prototypeTexts = request.ExpectedThemes
            .Select(t => (IReadOnlyList<string>)[$"{t.Label}. {t.Description}", .. t.Examples])
            .ToList();
        var blockTexts = request.BuildingBlocks.Select(b => $"{b.Title}. {b.Text}").ToList();

        var glosser = _glosser.Value.Glosser;
        var lexicon = _lexicon;
        var vectorizer = new TfIdfVectorizer(w => lexicon?.Contains(w) ?? false);
        var fitTexts = answers.Select(a => a.Text).Concat(prototypeTexts.SelectMany(p => p)).ToList();
        var tfidf = vectorizer.FitTransform(fitTexts);
        Stage("off-topic+tfidf");

        var embeddingName = "tfidf";
        float[][]? answerEmbeddings = null;
        List<float[]>? extraEmbeddings = null;
        var extraTexts = prototypeTexts.SelectMany(p => p).Concat(blockTexts).ToList();
        if (_generator is not null && answers.Count > 0)
        {
            if (UsesGloss && glosser is null)
            {
                var problem = _glosser.Value.Problem;
                _logger.LogWarning("Theme engine without dictionary: {Problem}; using text features only (TF-IDF)", problem);
                notes.Add($"Woordenboek ontbreekt ({problem}); alleen tekstkenmerken (TF-IDF) gebruikt, geen zinsembeddings.");
            }
            else
            {
                var inputs = answers.Select(a => a.Text).Concat(extraTexts).ToList();
                var (vectors, name) = await EmbedAsync(inputs, notes, cancellationToken);
                if (vectors is not null)
                {
                    answerEmbeddings = vectors.Take(answers.Count).ToArray();
                    extraEmbeddings = vectors.Skip(answers.Count).ToList();
                    embeddingName = name + " + tfidf";
                }
            }
        }

        Stage("embeddings");
        var space = new AnswerSpace(answerEmbeddings is null ? 0 : _options.EmbeddingWeight);
        var points = answers.Select((a, i) => new AnswerPoint(answerEmbeddings?[i], tfidf[i])).ToList();
        var protoPoints = new List<IReadOnlyList<AnswerPoint>>();
        var cursor = 0;
        var fitCursor = answers.Count;
        foreach (var texts in prototypeTexts)
        {
            var list = new List<AnswerPoint>();
            foreach (var _ in texts)
            {
                list.Add(new AnswerPoint(extraEmbeddings?[cursor], tfidf[fitCursor]));
                cursor++;
                fitCursor++;
            }
            protoPoints.Add(list);
        }
        var blockPoints = blockTexts
            .Select((t, i) => new AnswerPoint(extraEmbeddings?[cursor + i], vectorizer.Transform(t)))
            .ToList();

        var labels = Enumerable.Repeat(-1, answers.Count).ToArray();
        if (guided)
            labels = new GuidedAssigner(space, _options.GuidedThreshold).Assign(points, protoPoints);
        var rest = Enumerable.Range(0, answers.Count).Where(i => labels[i] < 0).ToList();
        var clusterer = new EmergentClusterer(space, _options.MaxThemes, _options.MinThemeSize, _options.ClusterSampleSize)
        {
            Algorithm = _options.Clustering,
            KSelection = _options.ThemeCountSelection,
        };
        var emergent = clusterer.Cluster(rest.Select(i => points[i]).ToList(), forcedThemeCount);
        var expectedCount = request.ExpectedThemes.Count;
        for (var r = 0; r < rest.Count; r++)
            if (emergent[r] >= 0) labels[rest[r]] = expectedCount + emergent[r];

        Stage("clustering");
        var labeler = new ThemeLabeler(answers.Select(a => a.Text).ToList(), request.QuestionText);
        var keyPhrases = await KeyPhrasesAsync(answers, notes, cancellationToken);
        var themes = new List<Theme>();
        var emergentNumber = 0;
        foreach (var group in Enumerable.Range(0, answers.Count).Where(i => labels[i] >= 0).GroupBy(i => labels[i])
                     .OrderBy(g => g.Key < expectedCount ? 0 : 1).ThenByDescending(g => g.Count()).ThenBy(g => g.Min()))
        {
            var members = group.ToList();
            var centroid = AnswerSpace.Centroid(members.Select(i => points[i]));
            var label = labeler.Label(members);
            var keywords = keyPhrases is null ? label.Keywords : TopPhrases(members.Select(i => keyPhrases[i]));
            var representatives = members
                .OrderByDescending(i => space.Similarity(points[i], centroid) * (ChatText.Words(answers[i].Text).Count >= 4 ? 1f : 0.8f))
                .ThenBy(i => i)
                .Take(Math.Min(3, members.Count))
                .Select(i => answers[i].Id)
                .ToList();
            var isExpected = group.Key < expectedCount;
            var expected = isExpected ? request.ExpectedThemes[group.Key] : null;
            themes.Add(new Theme
            {
                Id = expected?.Id ?? $"thema-{++emergentNumber}",
                Label = expected?.Label ?? label.Label,
                Keywords = keywords,
                AnswerIds = members.Select(i => answers[i].Id).ToList(),
                RepresentativeIds = representatives,
                BuildingBlocks = expected is { BuildingBlocks.Count: > 0 }
                    ? [.. expected.BuildingBlocks]
                    : MatchBlocks(space, centroid, request.BuildingBlocks, blockPoints),
                Expected = isExpected,
            });
        }
        Stage("labels");
        _logger.LogInformation("Themes for {Count} answers ({Mode}): {Stages}", request.Answers.Count, guided ? "guided" : "emergent", string.Join(", ", stages));
        if (guided)
        {
            var missing = request.ExpectedThemes.Where(t => themes.All(th => th.Id != t.Id)).Select(t => t.Label).ToList();
            if (missing.Count > 0) notes.Add("Verwachte thema's zonder antwoorden: " + string.Join(", ", missing) + ".");
        }
        return new ThemeResult
        {
            Themes = themes,
            OffTopic = offTopic,
            Unassigned = Enumerable.Range(0, answers.Count).Where(i => labels[i] < 0).Select(i => answers[i].Id).ToList(),
            Settings = new ThemeSettings
            {
                Mode = guided ? "guided" : "emergent",
                Embeddings = embeddingName,
                KeyPhrases = keyPhrases is null ? null : _keyPhrases?.Name,
                Notes = notes,
                ThemeCount = themes.Count,
            },
        };
    }

    private FreeDictLexicon? _lexicon;

    private (DutchEnglishGlosser?, string?) LoadGlosser()
    {
        _lexicon = FreeDictLexicon.TryLoad(_options.DictionaryPath, out var problem);
        if (_lexicon is null)
        {
            _logger.LogWarning("FreeDict dictionary unavailable: {Problem}", problem);
            return (null, problem);
        }
        _logger.LogInformation("FreeDict dictionary loaded from {Path} with {Count} headwords", _options.DictionaryPath, _lexicon.Count);
        return (new DutchEnglishGlosser(_lexicon), null);
    }

    private async Task<(float[][]? Vectors, string Name)> EmbedAsync(List<string> texts, List<string> notes, CancellationToken cancellationToken)
    {
        var generator = _generator;
        if (generator is null) return (null, "tfidf");
        var glosser = UsesGloss ? _glosser.Value.Glosser : null;
        if (UsesGloss && glosser is null) return (null, "tfidf");
        var inputs = texts.Select(t => glosser?.Gloss(t) ?? ChatText.Clean(t)).ToList();
        var providerName = ProviderName(generator) + (glosser is null ? "" : " (gloss)");
        try
        {
            return (await EmbedWithAsync(generator, inputs, cancellationToken), providerName);
        }
        catch (Exception e) when (e is HttpRequestException or InvalidOperationException or TimeoutException or IOException
                                      or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            if (generator is MiniLmEmbeddingGenerator) throw;
            _logger.LogWarning(e, "Embedding provider {Provider} failed; falling back to offline MiniLM", providerName);
            notes.Add($"Embeddings via {ProviderName(generator)} mislukt ({e.GetType().Name}: {e.Message}); teruggevallen op offline MiniLM.");
            var offlineGlosser = _glosser.Value.Glosser;
            if (offlineGlosser is null)
            {
                notes.Add("Woordenboek ontbreekt ook; alleen tekstkenmerken (TF-IDF) gebruikt.");
                return (null, "tfidf");
            }
            lock (_fallbackLock) _fallbackGenerator ??= new MiniLmEmbeddingGenerator();
            var glossed = texts.Select(offlineGlosser.Gloss).ToList();
            return (await EmbedWithAsync(_fallbackGenerator, glossed, cancellationToken), MiniLmEmbeddingGenerator.ProviderName + " (gloss)");
        }
    }

    private async Task<float[][]> EmbedWithAsync(IEmbeddingGenerator<string, Embedding<float>> generator, List<string> inputs, CancellationToken cancellationToken)
    {
        var prefix = ProviderName(generator) + "\u0001";
        // Answers may be prepared (PrepareAsync) on another thread while a question closes; a local map keeps this
        // call's vectors even if the shared cache is cleared in between.
        var found = new Dictionary<string, float[]>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var t in inputs.Distinct(StringComparer.Ordinal))
        {
            if (_embeddingCache.TryGetValue(prefix + t, out var cached)) found[t] = cached;
            else missing.Add(t);
        }
        if (missing.Count > 0)
        {
            var generated = await generator.GenerateAsync(missing, cancellationToken: cancellationToken);
            if (generated.Count != missing.Count)
                throw new InvalidOperationException($"Embedding provider returned {generated.Count} vectors for {missing.Count} texts.");
            if (_embeddingCache.Count + missing.Count > MaxCachedEmbeddings) _embeddingCache.Clear();
            for (var i = 0; i < missing.Count; i++)
            {
                var vector = AnswerSpace.Normalise(generated[i].Vector.ToArray());
                found[missing[i]] = vector;
                _embeddingCache[prefix + missing[i]] = vector;
            }
        }
        return inputs.Select(t => found[t]).ToArray();
    }

    private static string ProviderName(IEmbeddingGenerator<string, Embedding<float>> generator) =>
        generator.GetService(typeof(EmbeddingGeneratorMetadata)) is EmbeddingGeneratorMetadata { ProviderName: { } name }
            ? name
            : generator is MiniLmEmbeddingGenerator ? MiniLmEmbeddingGenerator.ProviderName : generator.GetType().Name;

    private async Task<IReadOnlyList<IReadOnlyList<string>>?> KeyPhrasesAsync(List<ThemeAnswer> answers, List<string> notes, CancellationToken cancellationToken)
    {
        if (_keyPhrases is null || answers.Count == 0) return null;
        try
        {
            var phrases = await _keyPhrases.ExtractAsync(answers.Select(a => ChatText.Clean(a.Text)).ToList(), cancellationToken);
            return phrases.Count == answers.Count ? phrases : throw new InvalidOperationException("key phrase count does not match");
        }
        catch (Exception e) when (e is HttpRequestException or InvalidOperationException or TimeoutException
                                      or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            _logger.LogWarning(e, "Key phrase provider {Provider} failed; using offline keywords", _keyPhrases.Name);
            notes.Add($"Sleutelwoorden via {_keyPhrases.Name} mislukt ({e.GetType().Name}: {e.Message}); offline trefwoorden gebruikt.");
            return null;
        }
    }

    private static List<string> TopPhrases(IEnumerable<IReadOnlyList<string>> phrases) =>
        phrases.SelectMany(p => p.Select(x => x.ToLowerInvariant()).Distinct())
            .GroupBy(p => p).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(5).Select(g => g.Key).ToList();

    private static List<string> MatchBlocks(AnswerSpace space, AnswerPoint centroid, IReadOnlyList<BuildingBlockText> blocks, List<AnswerPoint> blockPoints)
    {
        if (blocks.Count <= 1) return blocks.Select(b => b.Id).ToList();
        var scores = blockPoints.Select(p => space.Similarity(centroid, p)).ToList();
        var best = scores.Max();
        // Both blocks when they are about equally close: a theme can serve both building blocks.
        return blocks.Where((_, i) => scores[i] >= best - 0.02f).Select(b => b.Id).ToList();
    }

    public void Dispose() => _fallbackGenerator?.Dispose();
}
