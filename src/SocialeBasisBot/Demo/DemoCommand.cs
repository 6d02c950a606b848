using System.CommandLine;
using System.Globalization;

namespace SocialeBasisBot.Demo;

/// <summary>
/// <c>demo</c>: plays the shipped webinar transcript through the real bot and a local Teams connector, prints the
/// chat and downloads the export files. Exit code 0 when the whole script played; 1 when the bot or a download
/// failed; 2 for a wrong command line or transcript.
/// </summary>
public static class DemoCommand
{
    /// <summary>
    /// Runs a command line already parsed by the host's root command (its <c>demo</c> subcommand); Ctrl+C cancels
    /// through <paramref name="ct"/>, which the root command owns.
    /// </summary>
    public static Task<int> RunAsync(ParseResult parsed, DemoCommandLine command, CancellationToken ct)
    {
        // The chat has box drawing, curly quotes and accents; a console left on a legacy code page would garble them.
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        return RunAsync(DemoOptions.From(parsed, command), Console.Out, Console.Error, TimeProvider.System, ct);
    }

    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, TimeProvider time, CancellationToken ct) =>
        RunAsync(DemoOptions.Parse(args), output, error, time, ct);

    private static async Task<int> RunAsync((DemoOptions? Options, string? Error) parsed, TextWriter output, TextWriter error, TimeProvider time, CancellationToken ct)
    {
        var (options, problem) = parsed;
        if (options is null)
        {
            await error.WriteLineAsync(problem + Environment.NewLine + DemoOptions.Usage);
            return 2;
        }

        if (options.Help)
        {
            await output.WriteLineAsync(DemoOptions.Usage);
            return 0;
        }

        var path = options.ResolveTranscript();
        if (path is null)
        {
            await error.WriteLineAsync("demo/transcript.yaml is niet gevonden boven de map van de app of de huidige map; geef er een op met --transcript <bestand>.");
            return 2;
        }

        DemoTranscript transcript;
        try
        {
            transcript = DemoTranscriptReader.Load(path);
        }
        catch (DemoTranscriptException ex)
        {
            await error.WriteLineAsync("Het demoscript klopt niet:");
            foreach (var line in ex.Errors)
            {
                await error.WriteLineAsync("  " + line);
            }

            return 2;
        }

        await output.WriteLineAsync($"Demo van SocialeBasisBot: {transcript.Title}");
        await output.WriteLineAsync($"Script: {path}{(options.Fast ? " (snel, zonder pauzes)" : "")}");
        try
        {
            var player = new DemoPlayer(transcript, options, new ChatPrinter(output, DemoPlayer.BotName), output, time);
            var result = await player.RunAsync(ct);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Klaar: {transcript.Steps.Count} stappen, {result.BotRequests.Count} berichten en kaartupdates van de bot, in {result.Duration.TotalSeconds:0.0} s."));
            return 0;
        }
        catch (DemoFailedException ex)
        {
            await output.FlushAsync(ct);
            await error.WriteLineAsync($"De demo is mislukt: {ex.Message}");
            return 1;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            await error.WriteLineAsync("De demo is afgebroken.");
            return 1;
        }
    }
}
