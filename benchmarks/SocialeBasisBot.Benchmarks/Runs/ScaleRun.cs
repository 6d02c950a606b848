using System.Diagnostics;
using Microsoft.Extensions.Logging;
using SocialeBasisBot.Benchmarks.Data;
using SocialeBasisBot.Themes;
using SocialeBasisBot.Themes.Embeddings;

namespace SocialeBasisBot.Benchmarks.Runs;

/// <summary>
/// One size of the scale benchmark, run in its own process so its peak memory is its own. Answers are synthesised
/// from the dev answers: a pool of distinct variants (random word dropped, neighbours swapped, filler added) is
/// embedded first ("already embedded", as in the bot where answers are embedded as they arrive), then N answers are
/// drawn from the pool with their own ids.
/// </summary>
public static class ScaleRun
{
    private static readonly string[] Fillers = ["denk ik", "bij ons", "echt", "vooral", "eerlijk gezegd", "merk ik", "hier in de wijk"];

    public static async Task<int> RunAsync(int size, string devPath)
    {
        var dev = Datasets.DevAnswers(devPath);
        var random = new Random(size);
        var poolSize = Math.Min(size, 2000);
        var pool = Enumerable.Range(0, poolSize).Select(i => i < dev.Count ? dev[i].Text : Perturb(dev[random.Next(dev.Count)].Text, random)).ToList();
        var answers = Enumerable.Range(0, size).Select(i => new ThemeAnswer($"a{i}", pool[i < poolSize ? i : random.Next(poolSize)])).ToList();
        using var generator = new MiniLmEmbeddingGenerator();
        using var logging = LoggerFactory.Create(b => b.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Information));
        using var engine = EngineFactory.Create(generator, logging: logging);
        // Warm-up on 80 other answers: the bot is a long-running process, so JIT tier-up is not part of a close.
        await engine.FindThemesAsync(new ThemeRequest { Answers = dev.Take(80).Select(a => new ThemeAnswer("w" + a.Id, a.Text)).ToList() });
        using var process = Process.GetCurrentProcess();
        // Wall time suffers when other jobs share the two cores; CPU time of this process is printed next to it.
        var cpu0 = process.TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        await engine.PrepareAsync(pool);
        var embedSeconds = sw.Elapsed.TotalSeconds;
        process.Refresh();
        var cpu1 = process.TotalProcessorTime;
        sw.Restart();
        var result = await engine.FindThemesAsync(new ThemeRequest { Answers = answers });
        var themeSeconds = sw.Elapsed.TotalSeconds;
        process.Refresh();
        var cpu2 = process.TotalProcessorTime;
        Console.WriteLine(FormattableString.Invariant(
            $"SCALE {size} themes={result.Themes.Count} unassigned={result.Unassigned.Count} embed_pool={poolSize} embed_s={embedSeconds:F2} embed_per_s={poolSize / embedSeconds:F0} embed_cpu_s={(cpu1 - cpu0).TotalSeconds:F2} themes_s={themeSeconds:F3} themes_cpu_s={(cpu2 - cpu1).TotalSeconds:F3} peak_mb={process.PeakWorkingSet64 / 1048576.0:F0} loadavg={File.ReadAllText("/proc/loadavg").Split(' ')[0]}"));
        return 0;
    }

    private static string Perturb(string text, Random random)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 3 && random.NextDouble() < 0.6) words.RemoveAt(random.Next(words.Count));
        if (words.Count > 3 && random.NextDouble() < 0.4)
        {
            var i = random.Next(words.Count - 1);
            (words[i], words[i + 1]) = (words[i + 1], words[i]);
        }
        if (random.NextDouble() < 0.5) words.Insert(random.Next(words.Count + 1), Fillers[random.Next(Fillers.Length)]);
        return string.Join(' ', words);
    }
}
