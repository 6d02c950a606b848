using System.Text;
using System.Text.RegularExpressions;

namespace SocialeBasisBot.Exports;

/// <summary>Makes participant text inert in Markdown: it shows as typed, never as markup, links, HTML or tables.</summary>
public static partial class MarkdownText
{
    // Every ASCII punctuation character may be backslash-escaped in CommonMark; these are the ones that can start
    // emphasis, code, links, images, HTML, headings, tables or strikethrough anywhere in a line.
    private const string InlineSpecials = "\\`*_[]<>#|~!{}";

    /// <summary>One line of text: line breaks become spaces.</summary>
    public static string Inline(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return EscapeLine(LineBreaks().Replace(text, " ").Trim());
    }

    /// <summary>Text that keeps its lines, each escaped, joined with <paramref name="linePrefix"/> (e.g. "> ").</summary>
    public static string Block(string text, string linePrefix)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = LineBreaks().Split(text.Trim()).Select(l => EscapeLine(l.Trim()));
        return linePrefix + string.Join("\n" + linePrefix, lines);
    }

    private static string EscapeLine(string line)
    {
        var escaped = new StringBuilder(line.Length + 8);
        foreach (var c in line)
        {
            if (InlineSpecials.Contains(c, StringComparison.Ordinal))
                escaped.Append('\\');
            escaped.Append(c);
        }

        // GitHub-style autolinks turn bare URLs into links; an escaped colon or dot keeps them text.
        var result = WwwStart().Replace(escaped.Replace("://", "\\://").ToString(), "$1\\.");
        // "&amp;" typed by a participant must stay "&amp;", not become "&"; a lone "&" needs nothing.
        result = EntityStart().Replace(result, "\\&");
        // What only means something at the start of a line: list bullets, ordered lists, setext underlines.
        if (result.Length > 0 && result[0] is '-' or '+' or '=')
            return "\\" + result;
        var ordered = OrderedListStart().Match(result);
        return ordered.Success ? result.Insert(ordered.Length - 1, "\\") : result;
    }

    [GeneratedRegex(@"\r\n|\r|\n")]
    private static partial Regex LineBreaks();

    [GeneratedRegex(@"(?<![\w\\])(www)\.", RegexOptions.IgnoreCase)]
    private static partial Regex WwwStart();

    [GeneratedRegex(@"&(?=#?[0-9A-Za-z]+;)")]
    private static partial Regex EntityStart();

    [GeneratedRegex(@"^\d{1,9}[.)]")]
    private static partial Regex OrderedListStart();
}
