using System.Collections.Frozen;

namespace SocialeBasisBot.Sessions.Commands;

/// <summary>Recognises commands by their first word, from the words in <see cref="CommandTable"/>.</summary>
public static class FacilitatorCommandParser
{
    private static readonly FrozenDictionary<string, SessionCommand> Words = CommandTable.All
        .SelectMany(c => c.AllWords.Select(w => KeyValuePair.Create(w, c)))
        .Where(p => !p.Key.Contains(' ', StringComparison.Ordinal))
        .ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    // Commands of more than one word ("mijn gegevens"), longest first; the first word alone is no command.
    private static readonly (string Words, SessionCommand Command)[] Phrases = [.. CommandTable.All
        .SelectMany(c => c.AllWords.Where(w => w.Contains(' ', StringComparison.Ordinal)).Select(w => (w, c)))
        .OrderByDescending(p => p.w.Length)];

    /// <summary>The command in <paramref name="text"/>, or null when its first word is not a command.</summary>
    public static FacilitatorCommand? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim().TrimStart('/');
        foreach (var (words, definition) in Phrases)
        {
            if (trimmed.StartsWith(words, StringComparison.OrdinalIgnoreCase)
                && (trimmed.Length == words.Length || char.IsWhiteSpace(trimmed[words.Length]) || trimmed[words.Length] is '.' or '!' or ':'))
            {
                return new FacilitatorCommand(definition, trimmed[words.Length..].TrimStart('.', '!', ':').Trim(), words.ToLowerInvariant());
            }
        }

        var space = trimmed.IndexOfAny([' ', '\t', '\n', '\r']);
        var word = (space < 0 ? trimmed : trimmed[..space]).TrimEnd('.', '!', ':');
        var argument = space < 0 ? "" : trimmed[(space + 1)..].Trim();
        return Words.TryGetValue(word, out var command) ? new FacilitatorCommand(command, argument, word.ToLowerInvariant()) : null;
    }
}
