using System.Globalization;

namespace SocialeBasisBot.Answers;

/// <summary>
/// Caps an answer's text. A shortened answer keeps its start and ends in a visible mark with the original length, in
/// the text itself: every place that shows answers (cards, CSV, Excel, Markdown, HTML) then shows that it was
/// shortened, and the answers table needs no extra column (no migration, nothing to forget in a new export format).
/// </summary>
public static class AnswerText
{
    /// <summary>Room for the mark and some text before it.</summary>
    public const int ShortestLimit = 100;

    /// <summary>Start of the mark; the full mark is "… [ingekort; 12345 tekens]".</summary>
    public const string MarkStart = " … [ingekort; ";

    private const string MarkEnd = " tekens]";

    /// <summary>The text itself when it fits in <paramref name="maxLength"/>; otherwise its start plus the mark, together at most that long.</summary>
    public static string Shorten(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, ShortestLimit);
        if (text.Length <= maxLength)
        {
            return text;
        }

        var mark = MarkStart + text.Length.ToString(CultureInfo.InvariantCulture) + MarkEnd;
        var keep = maxLength - mark.Length;
        // Never end on half of a surrogate pair (an emoji cut in two is not valid text for the exports).
        if (char.IsHighSurrogate(text[keep - 1]))
        {
            keep--;
        }

        return text[..keep].TrimEnd() + mark;
    }

    public static bool IsShortened(string text) =>
        text is not null && text.EndsWith(MarkEnd, StringComparison.Ordinal) && text.Contains(MarkStart, StringComparison.Ordinal);
}
