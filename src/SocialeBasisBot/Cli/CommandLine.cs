using System.CommandLine;
using SocialeBasisBot.Demo;
using SocialeBasisBot.Programme;
using SocialeBasisBot.Summaries;
using SocialeBasisBot.Themes.Cli;

namespace SocialeBasisBot.Cli;

/// <summary>The commands the executable runs instead of the bot: `themes` and `demo` (System.CommandLine subcommands).</summary>
public static class CommandLine
{
    public static bool IsCommand(string[] args) => args is ["themes" or "demo", ..];

    public static async Task<int> RunAsync(string[] args)
    {
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        var themes = new ThemesCommandLine();
        var demo = new DemoCommandLine();
        var root = new Command("SocialeBasisBot", "de bot; of een van deze opdrachten in plaats van de bot") { themes.Command, demo.Command };
        var parsed = root.Parse(args);
        if (parsed.CommandResult.Command == themes.Command)
        {
            return await ThemesCommand.RunAsync(parsed, themes, Console.Out, Console.Error, ResolveQuestion, cancel.Token);
        }

        if (parsed.CommandResult.Command == demo.Command)
        {
            return await DemoCommand.RunAsync(parsed, demo, cancel.Token);
        }

        await Console.Error.WriteLineAsync("Gebruik: themes … of demo …; --help bij elk van beide geeft de opties.");
        return 2;
    }

    /// <summary>Reads a programme file (validated as at start-up) and returns what it says about one open question.</summary>
    public static ThemeRequestContext? ResolveQuestion(string programmePath, string questionId)
    {
        var programme = ProgrammeLoader.LoadFile(programmePath);
        var question = programme.FindItem(questionId);
        if (question is not { Kind: ProgrammeItemKind.OpenQuestion })
        {
            return null;
        }

        return new ThemeRequestContext
        {
            QuestionText = question.QuestionText,
            ExpectedThemes = QuestionThemeContext.ExpectedThemes(question),
            BuildingBlocks = QuestionThemeContext.BuildingBlocks(programme, question),
        };
    }
}
