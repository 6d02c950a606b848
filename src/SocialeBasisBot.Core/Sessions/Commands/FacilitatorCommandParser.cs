using System.Collections.Frozen;

namespace SocialeBasisBot.Sessions.Commands;

/// <summary>Recognises commands by their first word, from the words in <see cref="CommandTable"/>.</summary>
public static class FacilitatorCommandParser
{
    private static readonly FrozenDictionary<string, SessionCommand> Words = CommandTable.All
        .SelectMany(c => c.AllWords.Select(w => KeyValuePair.Create(w, c)))
        .ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

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
        return Words.TryGetValue(word, out var command) ? new FacilitatorCommand(command, argument, word.ToLowerInvariant()) : null;
    }
}
