using System.Diagnostics;
using System.Globalization;
using SocialeBasisBot.Themes.Engine;

namespace SocialeBasisBot.Benchmarks.Runs;

/// <summary>
/// Processor time per answer of gloss + encoder, as the bot spends it while answers arrive (PrepareAsync), and of a
/// second PrepareAsync of the same texts, which finds every vector (and every glossed word) in its cache: the
/// difference is the encoder with the first glossing, the same for every encoder, so encoders compare exactly.
/// Processor time, not wall time: the machine is shared (docs/benchmarks.md).
/// </summary>
public static class EncoderCost
{
    public static async Task RunAsync(OfflineThemeEngine engine, IReadOnlyList<string> texts)
    {
        // Warm-up: the ONNX session, the dictionary and the JIT, on texts that are not measured.
        await engine.PrepareAsync(["warm-up: vrijwilligers hebben tijd nodig", "meer geld voor de gemeente"]);
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpu0 = process.TotalProcessorTime;
        await engine.PrepareAsync(texts);
        process.Refresh();
        var cpu1 = process.TotalProcessorTime;
        await engine.PrepareAsync(texts);
        process.Refresh();
        var cpu2 = process.TotalProcessorTime;
        var first = (cpu1 - cpu0).TotalMilliseconds / texts.Count;
        var cached = (cpu2 - cpu1).TotalMilliseconds / texts.Count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Encoder CPU per answer ({texts.Count} texts): {first - cached:F2} ms gloss + encoder, {cached:F2} ms again from the caches (load {Load()})"));
    }

    private static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
}
