using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using SocialeBasisBot.Benchmarks.Data;
using SocialeBasisBot.Benchmarks.Runs;
using SocialeBasisBot.Themes;
using SocialeBasisBot.Themes.Cli;
using SocialeBasisBot.Themes.Configuration;
using SocialeBasisBot.Testing;
using SocialeBasisBot.Themes.Embeddings;

// dotnet run -c Release --project benchmarks/SocialeBasisBot.Benchmarks [-- --help | --quick | --quality-only | --scale N …]
var devPath = DevAnswers.File;
var sibFolder = Path.Combine(RepositoryPaths.TestData, "sib200-nld");
var programmePath = Path.Combine(RepositoryPaths.Dialogs, "sociale-basis.yaml");

Option<int?> scale = new("--scale") { Description = "one size of the scale run in this process (the full run starts one child per size)", HelpName = "N" };
Option<string> show = new("--show") { Description = "print the Markdown report for one dev question, emergent and guided", HelpName = "question" };
Option<bool> quick = new("--quick") { Description = "a quick check (about 15 s): quality on the dev answers without SIB-200, scale at 500 only" };
Option<bool> qualityOnly = new("--quality-only") { Description = "quality only, no scale runs" };
Option<bool> scaleOnly = new("--scale-only") { Description = "scale runs only, no quality" };
Option<bool> noSib = new("--no-sib") { Description = "leave out the SIB-200 Dutch topic set" };
Option<bool> offTopic = new("--off-topic") { Description = "only off-topic: the rules' (and the evaluated learned combination's) figures per part of the chat noise set, and the mistakes on the parts already read (dev, heldout, fresh, fresh2), never on a part added later; with --score FILE only both detectors on that file" };
Option<string> offTopicScore = new("--score") { Description = "with --off-topic: only precision and recall of both detectors (Rules, RulesAndLearned) on this labelled file (id, text, label; label off-topic = no answer), and the dev answers each flags", HelpName = "FILE" };
Option<bool> offTopicCv = new("--off-topic-cv") { Description = "choose the off-topic detector by cross-validation on the seen chat noise parts and the dev answers (never a part added later)" };
Option<double?> weight = new("--weight") { Description = "tuning: Themes:EmbeddingWeight" };
Option<double?> threshold = new("--threshold") { Description = "tuning: Themes:GuidedThreshold" };
Option<ClusteringAlgorithm?> clustering = new("--clustering") { Description = "tuning: Themes:Clustering (Spectral or Ward)" };
Option<ThemeCountMethod?> kSelection = new("--k-selection") { Description = "tuning: Themes:ThemeCountSelection (silhouette or eigengap)" };
Option<SpectralGraph?> spectralGraph = new("--spectral-graph") { Description = "tuning: Themes:SpectralGraph (Views or Combined)" };
Option<int?> subsamples = new("--subsamples") { Description = "with --quality-only: also the mean and spread of the ARI over N seeded 90 % subsamples of each dev question (and V over 80 % subsamples of SIB-200): how much of a figure is noise", HelpName = "N" };

var command = new RootCommand("Quality and speed of the theme engine on testdata/ (docs/themes.md)")
{
    scale, show, offTopic, offTopicScore, offTopicCv, quick, qualityOnly, scaleOnly, noSib, weight, threshold, clustering, kSelection, spectralGraph, subsamples,
};
command.SetAction(async (parsed, ct) =>
{
    if (parsed.GetValue(scale) is { } one) return await ScaleRun.RunAsync(one, devPath);
    if (parsed.GetValue(show) is { } question) return await ShowAsync(question);
    if (parsed.GetValue(offTopicCv))
    {
        OffTopicCrossValidation.Run(Datasets.Sib200(sibFolder));
        return 0;
    }
    if (parsed.GetValue(offTopic) && parsed.GetValue(offTopicScore) is { } scoreFile)
        return OffTopicRun.ScoreFile(scoreFile, Datasets.DevAnswers(devPath));
    if (parsed.GetValue(offTopic))
    {
        OffTopicRun.Run(Datasets.DevAnswers(devPath), Datasets.Sib200(sibFolder), listDevMistakes: true);
        return 0;
    }
    var isQuick = parsed.GetValue(quick);
    if (!parsed.GetValue(scaleOnly))
    {
        using var generator = new MiniLmEmbeddingGenerator();
        using var engine = EngineFactory.Create(generator, o =>
        {
            if (parsed.GetValue(weight) is { } w) o.EmbeddingWeight = w;
            if (parsed.GetValue(threshold) is { } t) o.GuidedThreshold = t;
            if (parsed.GetValue(clustering) is { } c) o.Clustering = c;
            if (parsed.GetValue(kSelection) is { } k) o.ThemeCountSelection = k;
            if (parsed.GetValue(spectralGraph) is { } g) o.SpectralGraph = g;
        });
        var includeSib = !parsed.GetValue(noSib) && !isQuick;
        await EncoderCost.RunAsync(engine, [.. Datasets.DevAnswers(devPath).Select(a => a.Text), .. includeSib ? Datasets.Sib200(sibFolder).Select(a => a.Text) : []]);
        await QualityRun.RunAsync(engine, devPath, sibFolder, programmePath, includeSib);
        if (parsed.GetValue(subsamples) is { } rounds) await SubsampleRun.RunAsync(engine, devPath, sibFolder, programmePath, rounds, includeSib);
    }
    if (parsed.GetValue(qualityOnly)) return 0;
    int[] sizes = isQuick ? [500] : [500, 5000, 20000];
    foreach (var size in sizes)
        await RunChildAsync(size, ct);
    return 0;
});
return await command.Parse(args).InvokeAsync();

// A child process per size, so each peak working set is that size's own.
static async Task RunChildAsync(int size, CancellationToken ct)
{
    var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
    if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet") start.ArgumentList.Add(typeof(Program).Assembly.Location);
    // Fully optimised JIT from the start stands for a bot process that has been running a while (tiered
    // compilation would otherwise time tier-0 code in a short-lived child); the warm-up run covers the rest.
    start.Environment["DOTNET_TieredCompilation"] = "0";
    start.ArgumentList.Add("--scale");
    start.ArgumentList.Add(size.ToString(CultureInfo.InvariantCulture));
    using var child = Process.Start(start)!;
    Console.Write(await child.StandardOutput.ReadToEndAsync(ct));
    await child.WaitForExitAsync(ct);
}

// The Markdown report for one dev question, emergent and guided: how the labels read.
async Task<int> ShowAsync(string question)
{
    using var generator = new MiniLmEmbeddingGenerator();
    using var engine = EngineFactory.Create(generator);
    var answers = Datasets.DevAnswers(devPath).Where(a => a.Group == question).Select(a => new ThemeAnswer(a.Id, a.Text)).ToList();
    var (themes, blocks, text) = ProgrammeThemes.ForQuestion(ProgrammeThemes.Load(programmePath), question);
    var emergent = await engine.FindThemesAsync(new ThemeRequest { Answers = answers, QuestionText = text, BuildingBlocks = blocks });
    Console.WriteLine(ThemeResultWriter.ToMarkdown(emergent, answers, new ThemeRequestContext { BuildingBlocks = blocks, QuestionText = text }));
    var context = new ThemeRequestContext { ExpectedThemes = themes, BuildingBlocks = blocks, QuestionText = text };
    var guided = await engine.FindThemesAsync(new ThemeRequest { Answers = answers, ExpectedThemes = themes, BuildingBlocks = blocks, QuestionText = text });
    Console.WriteLine(ThemeResultWriter.ToMarkdown(guided, answers, context));
    return 0;
}
