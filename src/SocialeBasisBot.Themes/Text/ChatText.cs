using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SocialeBasisBot.Themes.Text;

/// <summary>
/// Normalises Dutch chat text: mentions, URLs and emoji go, chat abbreviations are written out, case is folded.
/// Display text keeps accents; <see cref="Fold"/> removes them so "coördinator" and "coordinator" match.
/// </summary>
public static partial class ChatText
{
    // Abbreviations seen in Dutch webinar chats; written out so stems and dictionary look-ups find them.
    private static readonly (Regex Pattern, string Replacement)[] Abbreviations =
    [
        (Abbrev(@"vrijw\.?"), "vrijwilligers"),
        (Abbrev(@"vwc"), "vrijwilligerscentrale"),
        (Abbrev(@"bijv\.?|bv\.?|bijvb\.?"), "bijvoorbeeld"),
        (Abbrev(@"ivm"), "in verband met"),
        (Abbrev(@"i\.v\.m\.?"), "in verband met"),
        (Abbrev(@"mn|m\.n\.?"), "met name"),
        (Abbrev(@"gem\."), "gemeente"),
        (Abbrev(@"ipv|i\.p\.v\.?"), "in plaats van"),
        (Abbrev(@"evt\.?"), "eventueel"),
        (Abbrev(@"nl\."), "namelijk"),
        (Abbrev(@"zsm"), "zo snel mogelijk"),
        (Abbrev(@"tzt"), "te zijner tijd"),
        (Abbrev(@"vnl\.?"), "voornamelijk"),
        (Abbrev(@"mbv|m\.b\.v\.?"), "met behulp van"),
        (Abbrev(@"idd"), "inderdaad"),
        (Abbrev(@"iig"), "in ieder geval"),
        (Abbrev(@"ff"), "even"),
        (Abbrev(@"wsl"), "waarschijnlijk"),
    ];

    private static Regex Abbrev(string pattern) =>
        new(@"(?<![\p{L}\p{N}])(?:" + pattern + @")(?![\p{L}\p{N}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    [GeneratedRegex(@"@[\p{L}\p{N}_.-]+")]
    private static partial Regex MentionPattern();

    [GeneratedRegex(@"(https?://|www\.)\S+", RegexOptions.IgnoreCase)]
    private static partial Regex UrlPattern();

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*")]
    private static partial Regex WordPattern();

    /// <summary>The text as a reader sees it, without mentions, URLs, emoji and double spaces.</summary>
    public static string Clean(string text)
    {
        var s = MentionPattern().Replace(text ?? "", " ");
        s = UrlPattern().Replace(s, " ");
        var sb = new StringBuilder(s.Length);
        foreach (var rune in s.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            // Emoji and pictographs are "other symbol" or outside the BMP; variation selectors are non-spacing marks.
            if (category == UnicodeCategory.OtherSymbol || category == UnicodeCategory.Surrogate
                || rune.Value >= 0x1F000 || rune.Value is 0xFE0F or 0x200D)
            {
                sb.Append(' ');
                continue;
            }
            sb.Append(rune.ToString());
        }
        return string.Join(' ', sb.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Cleaned, lower-cased, abbreviations written out; accents kept.</summary>
    public static string Normalise(string text)
    {
        var s = Clean(text).ToLowerInvariant();
        foreach (var (pattern, replacement) in Abbreviations)
            s = pattern.Replace(s, replacement);
        return s;
    }

    /// <summary>Words of the normalised text, in order, accents kept.</summary>
    public static IReadOnlyList<string> Words(string normalised) =>
        WordPattern().Matches(normalised).Select(m => m.Value.Replace('’', '\'')).ToList();

    /// <summary>Removes diacritics: "coördinator" → "coordinator", "café" → "cafe".</summary>
    public static string Fold(string word)
    {
        if (word.All(c => c < 128)) return word;
        var decomposed = word.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) sb.Append(c);
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }
}
