using System.Text.RegularExpressions;
using SocialeBasisBot.Themes.Features;

namespace SocialeBasisBot.Themes.Text;

/// <summary>
/// The parts of an answer that may carry an idea of their own: sentences, and clauses or phrases joined by a comma,
/// "en", "maar", "plus", "&amp;" or "+" ("meer tijd en een vrijwilligersvergoeding" → "meer tijd" | "een
/// vrijwilligersvergoeding"). A part counts only when it holds a content word, so "en ook" or "nou ja" is no part.
/// </summary>
public static partial class AnswerParts
{
    // Sentence ends, line breaks, commas, semicolons and the coordinating words that join two ideas in chat.
    [GeneratedRegex(@"[.!?;:\n]+\s*|,\s+(?:(?:en|én|maar|plus)\s+)?|\s+(?:en|én|maar|plus|&|\+)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Boundary();

    /// <summary>The parts with at least one content word, in order; a single part when there is nothing to split.</summary>
    public static IReadOnlyList<string> Split(string text)
    {
        var clean = ChatText.Clean(text);
        var parts = Boundary().Split(clean)
            .Select(p => p.Trim())
            .Where(p => p.Length > 0 && TfIdfVectorizer.ContentWords(p).Count > 0)
            .ToList();
        return parts.Count == 0 ? [clean] : parts;
    }

    /// <summary>The parts when there are two or more, else none.</summary>
    public static IReadOnlyList<string> MultipleOrNone(string text) => Split(text) is { Count: >= 2 } parts ? parts : [];
}
