using System.CommandLine;
using System.Globalization;
using SocialeBasisBot.Themes.Cli;

namespace SocialeBasisBot.Demo;

/// <summary>The demo's command line: <c>demo [--out &lt;folder&gt;] [--fast] [--transcript &lt;file&gt;]</c>.</summary>
public sealed record DemoOptions
{
    public static string Usage { get; } = new DemoCommandLine().Usage;

    public string? OutputFolder { get; init; }

    public bool Fast { get; init; }

    public string? TranscriptPath { get; init; }

    public bool Help { get; init; }

    /// <summary>The options, or an error message for the person who typed them.</summary>
    public static (DemoOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        var command = new DemoCommandLine();
        return From(command.Command.Parse(args), command);
    }

    /// <summary>The options of a command line already parsed (the host's root command's <c>demo</c>).</summary>
    public static (DemoOptions? Options, string? Error) From(ParseResult parsed, DemoCommandLine command)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        ArgumentNullException.ThrowIfNull(command);
        if (ParseProblems.Describe(parsed) is { } problem)
        {
            return (null, problem);
        }

        return (new DemoOptions
        {
            OutputFolder = parsed.GetValue(command.Out),
            Fast = parsed.GetValue(command.Fast),
            TranscriptPath = parsed.GetValue(command.Transcript),
            Help = parsed.GetValue(command.Help),
        }, null);
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
