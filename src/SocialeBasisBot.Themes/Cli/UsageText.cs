using System.CommandLine;
using System.Text;

namespace SocialeBasisBot.Themes.Cli;

/// <summary>
/// A command's usage in Dutch, from its System.CommandLine options (names, help names, descriptions), so the
/// options are described in one place. System.CommandLine's own help has English headings and no Dutch resources.
/// </summary>
public static class UsageText
{
    public static string For(Command command, string synopsis)
    {
        ArgumentNullException.ThrowIfNull(command);
        var options = command.Options.Where(o => o.Name != "--help").ToList();
        var names = options.Select(o => o.HelpName is null ? o.Name : $"{o.Name} <{o.HelpName}>").ToList();
        var width = names.Max(n => n.Length) + 2;
        var text = new StringBuilder("Gebruik: ").Append(synopsis);
        for (var i = 0; i < options.Count; i++)
            text.Append("\n  ").Append(names[i].PadRight(width)).Append(options[i].Description);
        return text.ToString();
    }
}
