using SocialeBasisBot.Demo;
using SocialeBasisBot.Programme;
using SocialeBasisBot.Summaries;
using SocialeBasisBot.Themes.Cli;

namespace SocialeBasisBot.Cli;

/// <summary>The commands the executable runs instead of the bot: `themes` and `demo`.</summary>
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
        return args switch
        {
            ["themes", .. var rest] => await ThemesCommand.RunAsync(rest, Console.Out, Console.Error, ResolveQuestion, cancel.Token),
            ["demo", .. var rest] => await DemoCommand.RunAsync(rest),
            _ => 2,
        };
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
