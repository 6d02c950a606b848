using System.Globalization;

namespace SocialeBasisBot.Demo;

/// <summary>The demo's command line: <c>demo [--out &lt;folder&gt;] [--fast] [--transcript &lt;file&gt;]</c>.</summary>
public sealed record DemoOptions
{
    public const string Usage =
        "Gebruik: dotnet run --project src/SocialeBasisBot -- demo [--out <map>] [--fast] [--transcript <bestand>]\n" +
        "  --out <map>             waar de exportbestanden komen (standaard: ./demo-output/<tijdstip>)\n" +
        "  --fast                  zonder pauzes tussen de berichten\n" +
        "  --transcript <bestand>  een ander script dan demo/transcript.yaml";

    public string? OutputFolder { get; init; }

    public bool Fast { get; init; }

    public string? TranscriptPath { get; init; }

    public bool Help { get; init; }

    /// <summary>The options, or an error message for the person who typed them.</summary>
    public static (DemoOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        var options = new DemoOptions();
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--fast":
                    options = options with { Fast = true };
                    break;
                case "--help" or "-h" or "help":
                    options = options with { Help = true };
                    break;
                case "--out" or "--transcript" when i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal):
                    return (null, $"{args[i]} heeft een waarde nodig.");
                case "--out":
                    options = options with { OutputFolder = args[++i] };
                    break;
                case "--transcript":
                    options = options with { TranscriptPath = args[++i] };
                    break;
                default:
                    return (null, $"Onbekende optie '{args[i]}'.");
            }
        }

        return (options, null);
    }

    /// <summary>The folder for this run's files: --out, or a new ./demo-output/&lt;time&gt; folder.</summary>
    public string ResolveOutputFolder(TimeProvider time) => Path.GetFullPath(OutputFolder
        ?? Path.Combine("demo-output", time.GetLocalNow().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)));

    /// <summary>
    /// --transcript, or demo/transcript.yaml in the repository: looked for above the app's folder (dotnet run builds
    /// into src/SocialeBasisBot/bin/…) and above the current folder.
    /// </summary>
    public string? ResolveTranscript()
    {
        if (TranscriptPath is not null)
        {
            return Path.GetFullPath(TranscriptPath);
        }

        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "demo", "transcript.yaml");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
