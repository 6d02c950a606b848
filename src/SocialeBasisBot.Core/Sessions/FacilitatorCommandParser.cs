using System.Collections.Frozen;

namespace SocialeBasisBot.Sessions;

/// <summary>Recognises commands by their first word, Dutch first with English aliases.</summary>
public static class FacilitatorCommandParser
{
    private static readonly FrozenDictionary<string, CommandKind> Words = new Dictionary<string, CommandKind>(
        StringComparer.OrdinalIgnoreCase)
    {
        ["start"] = CommandKind.Start,
        ["begin"] = CommandKind.Start,
        ["volgende"] = CommandKind.Next,
        ["verder"] = CommandKind.Next,
        ["next"] = CommandKind.Next,
        ["sluit"] = CommandKind.Close,
        ["sluiten"] = CommandKind.Close,
        ["close"] = CommandKind.Close,
        ["samenvatting"] = CommandKind.Summary,
        ["summary"] = CommandKind.Summary,
        ["status"] = CommandKind.Status,
        ["export"] = CommandKind.Export,
        ["exporteer"] = CommandKind.Export,
        ["stop"] = CommandKind.Stop,
        ["einde"] = CommandKind.Stop,
        ["end"] = CommandKind.Stop,
        ["help"] = CommandKind.Help,
        ["hulp"] = CommandKind.Help,
        ["?"] = CommandKind.Help,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The command in <paramref name="text"/>, or null when its first word is not a command.</summary>
    public static FacilitatorCommand? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim().TrimStart('/');
        var space = trimmed.IndexOfAny([' ', '\t', '\n', '\r']);
        var word = (space < 0 ? trimmed : trimmed[..space]).TrimEnd('.', '!', ':');
        var argument = space < 0 ? "" : trimmed[(space + 1)..].Trim();
        return Words.TryGetValue(word, out var kind) ? new FacilitatorCommand(kind, argument, word.ToLowerInvariant()) : null;
    }

    /// <summary>True when the command was typed with an English word, so the reply can be in English.</summary>
    public static bool IsEnglish(FacilitatorCommand command) =>
        command.Word is "next" or "close" or "summary" or "end";
}
