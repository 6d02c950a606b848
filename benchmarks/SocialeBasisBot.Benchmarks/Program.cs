using System.Diagnostics;
using SocialeBasisBot.Benchmarks.Runs;
using SocialeBasisBot.Themes.Embeddings;

// Usage: dotnet run -c Release --project benchmarks/SocialeBasisBot.Benchmarks [-- --scale N | --quality-only]
var root = FindRepositoryRoot();
var devPath = Path.Combine(root, "testdata", "webinar-answers-dev", "answers.jsonl");
var sibFolder = Path.Combine(root, "testdata", "sib200-nld");
var programmePath = Path.Combine(root, "dialogs", "sociale-basis.yaml");

if (args.Length == 2 && args[0] == "--scale")
    return await ScaleRun.RunAsync(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), devPath);

if (args.Length >= 2 && args[0] == "--show")
{
    // Prints the Markdown report for one dev question, emergent and guided: how the labels read.
    using var showGenerator = new MiniLmEmbeddingGenerator();
    using var showEngine = EngineFactory.Create(showGenerator);
    var answers = SocialeBasisBot.Benchmarks.Data.Datasets.DevAnswers(devPath).Where(a => a.Group == args[1])
        .Select(a => new SocialeBasisBot.Themes.ThemeAnswer(a.Id, a.Text)).ToList();
    var programme = SocialeBasisBot.Benchmarks.Data.ProgrammeThemes.Load(programmePath);
    var (themes, blocks, text) = SocialeBasisBot.Benchmarks.Data.ProgrammeThemes.ForQuestion(programme, args[1]);
    var emergent = await showEngine.FindThemesAsync(new SocialeBasisBot.Themes.ThemeRequest { Answers = answers, QuestionText = text, BuildingBlocks = blocks });
    Console.WriteLine(SocialeBasisBot.Themes.Cli.ThemeResultWriter.ToMarkdown(emergent, answers, new SocialeBasisBot.Themes.Cli.ThemeRequestContext { BuildingBlocks = blocks, QuestionText = text }));
    var context = new SocialeBasisBot.Themes.Cli.ThemeRequestContext { ExpectedThemes = themes, BuildingBlocks = blocks, QuestionText = text };
    var guided = await showEngine.FindThemesAsync(new SocialeBasisBot.Themes.ThemeRequest { Answers = answers, ExpectedThemes = themes, BuildingBlocks = blocks, QuestionText = text });
    Console.WriteLine(SocialeBasisBot.Themes.Cli.ThemeResultWriter.ToMarkdown(guided, answers, context));
    return 0;
}

if (!args.Contains("--scale-only"))
using (var generator = new MiniLmEmbeddingGenerator())
using (var engine = EngineFactory.Create(generator, o =>
       {
           // Overrides for tuning runs: --weight 0.7 --threshold 0.3
           var w = Array.IndexOf(args, "--weight");
           if (w >= 0) o.EmbeddingWeight = double.Parse(args[w + 1], System.Globalization.CultureInfo.InvariantCulture);
           var t = Array.IndexOf(args, "--threshold");
           if (t >= 0) o.GuidedThreshold = double.Parse(args[t + 1], System.Globalization.CultureInfo.InvariantCulture);
           var c = Array.IndexOf(args, "--clustering");
           if (c >= 0) o.Clustering = Enum.Parse<SocialeBasisBot.Themes.Configuration.ClusteringAlgorithm>(args[c + 1], ignoreCase: true);
           var k = Array.IndexOf(args, "--k-selection");
           if (k >= 0) o.ThemeCountSelection = Enum.Parse<SocialeBasisBot.Themes.Configuration.ThemeCountMethod>(args[k + 1], ignoreCase: true);
       }))
    await QualityRun.RunAsync(engine, devPath, sibFolder, programmePath, includeSib: !args.Contains("--no-sib"));

if (args.Contains("--quality-only")) return 0;
foreach (var size in new[] { 500, 5000, 20000 })
{
    // A child process per size, so each peak working set is that size's own.
    var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
    if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet") start.ArgumentList.Add(typeof(Program).Assembly.Location);
    // Fully optimised JIT from the start stands for a bot process that has been running a while (tiered
    // compilation would otherwise time tier-0 code in a short-lived child); the warm-up run covers the rest.
    start.Environment["DOTNET_TieredCompilation"] = "0";
    start.ArgumentList.Add("--scale");
    start.ArgumentList.Add(size.ToString(System.Globalization.CultureInfo.InvariantCulture));
    using var child = Process.Start(start)!;
    Console.Write(await child.StandardOutput.ReadToEndAsync());
    await child.WaitForExitAsync();
}
return 0;

static string FindRepositoryRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SocialeBasisBot.sln"))) dir = dir.Parent;
    return dir?.FullName ?? Directory.GetCurrentDirectory();
}
