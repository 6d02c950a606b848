using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SocialeBasisBot.Themes.Configuration;
using SocialeBasisBot.Themes.Embeddings;
using SocialeBasisBot.Themes.Engine;

namespace SocialeBasisBot.Themes.Cli;

/// <summary>
/// <c>themes --input answers.jsonl [--programme dialogs/x.yaml --question q1] [--format json|md] [--output file]</c>.
/// Exit codes: 0 ok, 2 usage or input error (message on stderr).
/// </summary>
public static class ThemesCommand
{
    public const string Usage =
        "Gebruik: themes --input <antwoorden.jsonl|.csv> [--programme <dialogs/programma.yaml> --question <vraag-id>] [--format json|md] [--output <bestand>]";

    /// <summary>Runs with the offline engine and default settings.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr,
        Func<string, string, ThemeRequestContext?> programmeResolver, CancellationToken ct)
    {
        using var generator = new MiniLmEmbeddingGenerator();
        using var engine = new OfflineThemeEngine(Options.Create(new ThemesOptions()), NullLogger<OfflineThemeEngine>.Instance, generator);
        return await RunAsync(args, stdout, stderr, programmeResolver, engine, ct);
    }

    /// <summary>Runs with the given engine (the host's configured one, or a test's).</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr,
        Func<string, string, ThemeRequestContext?> programmeResolver, IThemeEngine engine, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        ArgumentNullException.ThrowIfNull(programmeResolver);
        ArgumentNullException.ThrowIfNull(engine);
        try
        {
            var (input, programme, question, format, output) = Parse(args);
            var answers = AnswerFileReader.Read(input);
            ThemeRequestContext? context = null;
            if (programme is not null)
            {
                if (!File.Exists(programme)) throw new ThemesInputException($"Programmabestand niet gevonden: {programme}");
                try
                {
                    context = programmeResolver(programme, question!);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    throw new ThemesInputException($"{programme}: {e.Message}");
                }
                if (context is null) throw new ThemesInputException($"{programme}: vraag '{question}' niet gevonden (of geen open vraag).");
            }
            var result = await engine.FindThemesAsync(new ThemeRequest
            {
                Answers = answers,
                ExpectedThemes = context?.ExpectedThemes ?? [],
                BuildingBlocks = context?.BuildingBlocks ?? [],
                QuestionText = context?.QuestionText,
            }, ct);
            var text = format == "md" ? ThemeResultWriter.ToMarkdown(result, answers, context) : ThemeResultWriter.ToJson(result);
            if (output is null) await stdout.WriteLineAsync(text.AsMemory(), ct);
            else await File.WriteAllTextAsync(output, text, ct);
            return 0;
        }
        catch (ThemesInputException e)
        {
            await stderr.WriteLineAsync(e.Message);
            return 2;
        }
    }

    private static (string Input, string? Programme, string? Question, string Format, string? Output) Parse(string[] args)
    {
        string? input = null, programme = null, question = null, output = null;
        var format = "json";
        var start = args.Length > 0 && args[0] == "themes" ? 1 : 0;
        for (var i = start; i < args.Length; i++)
        {
            var name = args[i];
            if (name is "-h" or "--help") throw new ThemesInputException(Usage);
            if (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                throw new ThemesInputException($"Optie {name} mist een waarde.\n{Usage}");
            var value = args[++i];
            switch (name)
            {
                case "--input": input = value; break;
                case "--programme" or "--program": programme = value; break;
                case "--question": question = value; break;
                case "--output": output = value; break;
                case "--format":
                    format = value.ToLowerInvariant() switch
                    {
                        "json" => "json",
                        "md" or "markdown" => "md",
                        _ => throw new ThemesInputException($"Onbekend formaat '{value}': kies json of md."),
                    };
                    break;
                default: throw new ThemesInputException($"Onbekende optie {name}.\n{Usage}");
            }
        }
        if (input is null) throw new ThemesInputException($"--input ontbreekt.\n{Usage}");
        if ((programme is null) != (question is null))
            throw new ThemesInputException($"--programme en --question horen bij elkaar: geef ze allebei of geen van beide.\n{Usage}");
        return (input, programme, question, format, output);
    }
}
