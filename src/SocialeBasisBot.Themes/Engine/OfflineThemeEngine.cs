using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SocialeBasisBot.Themes.Configuration;
using SocialeBasisBot.Themes.Gloss;
using SocialeBasisBot.Themes.Labels;
using SocialeBasisBot.Themes.Labels.WordClasses;
using SocialeBasisBot.Themes.OffTopic;
using SocialeBasisBot.Themes.Providers;
using SocialeBasisBot.Themes.Text;

namespace SocialeBasisBot.Themes.Engine;

/// <summary>
/// The default theme engine; works with no network and no keys. A pipeline of six stages, each with its own
/// input and output record: filter (<see cref="OffTopicFilter"/>) → vectorise (<see cref="AnswerVectoriser"/>:
/// Dutch→English gloss, MiniLM sentence embeddings, TF-IDF on stems and character n-grams) → assign
/// (<see cref="GuidedAssigner"/>, to expected themes) → cluster (<see cref="EmergentClusterer"/>, the rest) →
/// two ideas (<see cref="SecondaryAssigner"/>, a second theme for answers with two parts) →
/// label (<see cref="ThemeNamer"/>, from the answers' own words).
/// </summary>
public sealed class OfflineThemeEngine : IThemeEngine, IDisposable
{
    private readonly ThemesOptions options;
    private readonly ILogger<OfflineThemeEngine> logger;
    private readonly Lazy<GlossResources> dictionary;
    private readonly AnswerEmbedder embedder;
    private readonly AnswerVectoriser vectoriser;
    private readonly ThemeNamer namer;
    private readonly Lazy<LabelRule> labelRule;

    public OfflineThemeEngine(
        IOptions<ThemesOptions> options,
        ILogger<OfflineThemeEngine> logger,
        IEmbeddingGenerator<string, Embedding<float>>? generator = null,
        IKeyPhraseExtractor? keyPhrases = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options.Value;
        this.logger = logger;
        dictionary = new Lazy<GlossResources>(LoadDictionary);
        var usesGloss = this.options.Gloss ?? this.options.Embeddings == EmbeddingSource.MiniLm;
        embedder = new AnswerEmbedder(this.options.Embeddings == EmbeddingSource.None ? null : generator, usesGloss, dictionary, logger);
        vectoriser = new AnswerVectoriser(embedder, dictionary, this.options.EmbeddingWeight, logger);
        labelRule = new Lazy<LabelRule>(LoadLabelRule);
        namer = new ThemeNamer(keyPhrases, labelRule, logger);
    }

    /// <summary>True when embeddings go through the gloss (English encoder).</summary>
    public bool UsesGloss => embedder.UsesGloss;

    /// <summary>
    /// Embeds answers ahead of time (as they arrive in the chat), so closing a question only clusters.
    /// MiniLM costs about 12 ms per answer; 150 answers at close would otherwise add two seconds.
    /// </summary>
    public async Task PrepareAsync(IEnumerable<string> texts, CancellationToken cancellationToken = default)
    {
        // Bounded exactly as at close, so the embeddings cached here are the ones found then.
        await embedder.EmbedAsync(texts.Select(AnswerBounds.Apply).ToList(), [], cancellationToken);
    }

    /// <summary>
    /// Loads the FreeDict dictionary, Hunspell and WordNet (the first summary's label stage took 0.5–1.7 s loading them)
    /// and, with Themes:OffTopic = RulesAndLearned, trains the learned detector (about 0.5 s on a cold process), so none
    /// of it waits for the first `sluit`. Then themes a small made-up question (<see cref="WarmUpSample"/>) a few times:
    /// a fresh process ran its first summary in unoptimised (tier-0) code while the JIT compiled the stages beside it on
    /// a core the summary needed (profile of `sluit` at once after 500 answers: the assign stage 450–700 ms against 140 ms
    /// with tiering off, and the JIT thread busy throughout; docs/benchmarks.md, session 7). The runtime only starts
    /// counting calls towards optimised code once start-up has stopped compiling for a moment, so the rounds are spread
    /// out rather than run back to back (Themes:WarmUpRounds, each guided and emergent). Cancelling stops between
    /// stages; a caller that needs the cores (a summary) cancels it.
    /// </summary>
    public async Task WarmUpAsync(CancellationToken cancellationToken = default)
    {
        await Task.Run(() =>
        {
            _ = labelRule.Value;
            if (options.OffTopic == OffTopicDetection.RulesAndLearned) _ = LearnedOffTopicDetector.Default;
        }, cancellationToken);
        if (options.WarmUpRounds == 0) return;
        var started = Stopwatch.GetTimestamp();
        var processor = Environment.CpuUsage.TotalTime;
        for (var round = 0; round < options.WarmUpRounds; round++)
        {
            if (round > 0) await Task.Delay(WarmUpPause, cancellationToken);
            foreach (var guided in (bool[])[true, false])
            {
                await Task.Run(() => RunAsync(WarmUpSample.Request(guided), null, warmUp: true, cancellationToken), cancellationToken);
            }
        }
        logger.LogInformation("Theme engine warmed up: {Rounds} rounds of a made-up question in {Milliseconds} ms ({Processor} ms of processor time)",
            options.WarmUpRounds, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds, (long)(Environment.CpuUsage.TotalTime - processor).TotalMilliseconds);
    }

    /// <summary>Longer than the runtime's wait for a quiet moment before it counts calls (100 ms by default).</summary>
    private static readonly TimeSpan WarmUpPause = TimeSpan.FromMilliseconds(500);

    /// <summary>True when the text's embedding is held (bounded exactly as at close), so theming it only clusters.</summary>
    public bool IsPrepared(string text) => embedder.IsPrepared(AnswerBounds.Apply(text));

    public Task<ThemeResult> FindThemesAsync(ThemeRequest request, CancellationToken cancellationToken = default) =>
        FindThemesAsync(request, forcedThemeCount: null, cancellationToken);

    /// <summary>As <see cref="FindThemesAsync(ThemeRequest, CancellationToken)"/> with a fixed number of emergent themes (benchmarks).</summary>
    internal Task<ThemeResult> FindThemesAsync(ThemeRequest request, int? forcedThemeCount, CancellationToken cancellationToken) =>
        RunAsync(request, forcedThemeCount, warmUp: false, cancellationToken);

    private async Task<ThemeResult> RunAsync(ThemeRequest request, int? forcedThemeCount, bool warmUp, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var span = ThemeTelemetry.Source.StartActivity("themes.find");
        // Every stage after this sees each answer within AnswerBounds, so no single answer can hold a summary up;
        // between stages the engine stops as soon as the caller no longer wants the result.
        request = request with { Answers = request.Answers.Select(Bounded).ToList() };
        var stopwatch = Stopwatch.StartNew();
        // The process's processor time beside each stage's wall time: on a busy machine the wall time mostly says how
        // long the stage waited for a core (a summary on 2 cores needs the processor time well under its target).
        var processor = Environment.CpuUsage.TotalTime;
        var timings = new List<string>();
        void Stage(string name)
        {
            var now = Environment.CpuUsage.TotalTime;
            timings.Add($"{name} {stopwatch.ElapsedMilliseconds} ms ({(long)(now - processor).TotalMilliseconds} ms CPU)");
            processor = now;
            stopwatch.Restart();
            cancellationToken.ThrowIfCancellationRequested();
        }

        var filtered = OffTopicFilter.Apply(request.Answers, options.OffTopic);
        Stage("filter");
        var vectors = await vectoriser.VectoriseAsync(request, filtered, cancellationToken);
        Stage("vectorise");
        var assignment = GuidedAssigner.Assign(vectors, options.GuidedThreshold);
        Stage("assign");
        var clusterer = new EmergentClusterer(vectors.Space, options.MaxThemes, options.MinThemeSize, options.ClusterSampleSize)
        {
            Algorithm = options.Clustering,
            KSelection = options.ThemeCountSelection,
            Graph = options.SpectralGraph,
        };
        assignment = clusterer.ClusterRest(assignment, vectors.Answers, forcedThemeCount);
        Stage("cluster");
        assignment = SecondaryAssigner.Assign(vectors, assignment);
        Stage("two ideas");
        var named = await namer.NameAsync(request, filtered, vectors, assignment, cancellationToken);
        Stage("label");

        var guided = request.ExpectedThemes.Count > 0;
        // A warm-up's stage times say nothing about a question (and the intake benchmark reads the last such line).
        logger.Log(warmUp ? LogLevel.Debug : LogLevel.Information, "Themes for {Count} answers ({Mode}): {Stages}",
            request.Answers.Count, guided ? "guided" : "emergent", string.Join(", ", timings));
        List<string> notes = [.. vectors.Notes, .. named.Notes];
        if (guided)
        {
            var missing = request.ExpectedThemes.Where(t => named.Themes.All(th => th.Id != t.Id)).Select(t => t.Label).ToList();
            if (missing.Count > 0) notes.Add("Verwachte thema's zonder antwoorden: " + string.Join(", ", missing) + ".");
        }
        return new ThemeResult
        {
            Themes = named.Themes,
            OffTopic = filtered.OffTopic,
            Support = filtered.Support,
            Unassigned = assignment.UnassignedIndices().Select(i => filtered.Answers[i].Id).ToList(),
            Settings = new ThemeSettings
            {
                Mode = guided ? "guided" : "emergent",
                Embeddings = vectors.EmbeddingName,
                KeyPhrases = named.KeyPhraseProvider,
                Notes = notes,
                ThemeCount = named.Themes.Count,
            },
        };
    }

    private static ThemeAnswer Bounded(ThemeAnswer answer) =>
        AnswerBounds.Apply(answer.Text) is var text && ReferenceEquals(text, answer.Text) ? answer : answer with { Text = text };

    private GlossResources LoadDictionary()
    {
        var loaded = GlossResources.Load(options.DictionaryPath);
        if (loaded.Lexicon is null)
            logger.LogWarning("FreeDict dictionary unavailable: {Problem}", loaded.Problem);
        else
            logger.LogInformation("FreeDict dictionary loaded from {Path} with {Count} headwords", options.DictionaryPath, loaded.Lexicon.Count);
        return loaded;
    }

    // Read-only word lists, shared by every engine in the process (a host with several engines, the tests).
    private static readonly ConcurrentDictionary<string, Lazy<(HunspellDutchLexicon? Lexicon, string? Problem)>> HunspellByPath = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, Lazy<(WordNetIndex? Index, string? Problem)>> WordNetByPath = new(StringComparer.Ordinal);

    // Word classes for labels: Hunspell's affix flags, and WordNet through the FreeDict gloss; each may be missing.
    private LabelRule LoadLabelRule()
    {
        var (hunspell, hunspellProblem) = HunspellByPath.GetOrAdd(options.HunspellPath, path => new(() => (HunspellDutchLexicon.TryLoad(path, out var p), p))).Value;
        var (wordNet, wordNetProblem) = WordNetByPath.GetOrAdd(options.WordNetPath, path => new(() => (WordNetIndex.TryLoad(path, out var p), p))).Value;
        if (hunspell is null) logger.LogWarning("Hunspell Dutch dictionary unavailable: {Problem}", hunspellProblem);
        if (wordNet is null) logger.LogWarning("WordNet index unavailable: {Problem}", wordNetProblem);
        var rule = new LabelRule(new DutchWordClasses(hunspell, wordNet, dictionary.Value.Lexicon));
        if (!rule.IsActive) logger.LogWarning("Theme labels are not checked for word class (no Hunspell, and no WordNet with FreeDict)");
        else logger.LogInformation("Label word classes from {Hunspell} Hunspell entries and {WordNet} WordNet lemmas", hunspell?.Count ?? 0, wordNet?.Count ?? 0);
        return rule;
    }

    public void Dispose() => embedder.Dispose();
}
