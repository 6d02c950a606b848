using System.CommandLine;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SocialeBasisBot.Themes.Configuration;
using SocialeBasisBot.Themes.Embeddings;
using SocialeBasisBot.Themes.Engine;
using SocialeBasisBot.Themes.Evaluation;

namespace SocialeBasisBot.Themes.Cli;

/// <summary>
/// <c>themes --input answers.jsonl [--programme dialogs/x.yaml --question q1] [--format json|md] [--output file]</c>,
/// or <c>--evaluate labelled.jsonl</c> instead of <c>--input</c> to score the engine against labels.
/// Exit codes: 0 ok, 2 usage or input error (message on stderr).
/// </summary>
public static class ThemesCommand
{
    public static string Usage { get; } = new ThemesCommandLine().Usage;

    /// <summary>Runs with the offline engine and default settings.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr,
        Func<string, string, ThemeRequestContext?> programmeResolver, CancellationToken ct)
    {
        using var generator = new MiniLmEmbeddingGenerator();
        using var engine = new OfflineThemeEngine(Options.Create(new ThemesOptions()), NullLogger<OfflineThemeEngine>.Instance, generator);
        return await RunAsync(args, stdout, stderr, programmeResolver, engine, ct);
    }

    /// <summary>Runs a parsed command line (the host's <c>themes</c> subcommand) with the offline engine and default settings.</summary>
    public static async Task<int> RunAsync(ParseResult parsed, ThemesCommandLine command, TextWriter stdout, TextWriter stderr,
        Func<string, string, ThemeRequestContext?> programmeResolver, CancellationToken ct)
    {
        using var generator = new MiniLmEmbeddingGenerator();
        using var engine = new OfflineThemeEngine(Options.Create(new ThemesOptions()), NullLogger<OfflineThemeEngine>.Instance, generator);
        return await RunAsync(parsed, command, stdout, stderr, programmeResolver, engine, ct);
    }

    /// <summary>Runs with the given engine (the host's configured one, or a test's).</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr,
        Func<string, string, ThemeRequestContext?> programmeResolver, IThemeEngine engine, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(args);
        var command = new ThemesCommandLine();
        return await RunAsync(command.Command.Parse(args is ["themes", .. var rest] ? rest : args), command, stdout, stderr, programmeResolver, engine, ct);
    }

    /// <summary>Runs a command line already parsed by the host's root command (its <c>themes</c> subcommand).</summary>
    public static async Task<int> RunAsync(ParseResult parsed, ThemesCommandLine command, TextWriter stdout, TextWriter stderr,
        Func<string, string, ThemeRequestContext?> programmeResolver, IThemeEngine engine, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        ArgumentNullException.ThrowIfNull(programmeResolver);
        ArgumentNullException.ThrowIfNull(engine);
        if (parsed.GetValue(command.Help))
        {
            await stdout.WriteLineAsync(Usage);
            return 0;
        }
        try
        {
            var (input, labelled, programme, question, format, output) = Read(parsed, command);
            var gold = labelled is null ? null : AnswerFileReader.ReadLabelled(labelled);
            var answers = gold?.Select(g => new ThemeAnswer(g.Id, g.Text)).ToList() ?? AnswerFileReader.Read(input!);
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
            var text = gold is not null
                ? EvaluationWriter.Write(ThemeEvaluator.Evaluate(gold, result), result.Settings, labelled!, format)
                : format == "md" ? ThemeResultWriter.ToMarkdown(result, answers, context) : ThemeResultWriter.ToJson(result);
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

    private static (string? Input, string? Labelled, string? Programme, string? Question, string Format, string? Output) Read(ParseResult parsed, ThemesCommandLine command)
    {
        if (ParseProblems.Describe(parsed) is { } problem) throw new ThemesInputException($"{problem}\n{Usage}");
        var input = parsed.GetValue(command.Input);
        var labelled = parsed.GetValue(command.Evaluate);
        if (input is not null && labelled is not null)
            throw new ThemesInputException($"--input en --evaluate gaan niet samen: --evaluate leest de antwoorden zelf uit het gelabelde bestand.\n{Usage}");
        if (input is null && labelled is null) throw new ThemesInputException($"--input ontbreekt.\n{Usage}");
        var programme = parsed.GetValue(command.Programme);
        var question = parsed.GetValue(command.Question);
        if ((programme is null) != (question is null))
            throw new ThemesInputException($"--programme en --question horen bij elkaar: geef ze allebei of geen van beide.\n{Usage}");
        return (input, labelled, programme, question, parsed.GetValue(command.Format)!, parsed.GetValue(command.Output));
    }
}
