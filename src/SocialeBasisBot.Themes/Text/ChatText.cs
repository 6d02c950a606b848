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
    private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        ["vrijw"] = "vrijwilligers", ["vrijw."] = "vrijwilligers", ["vwc"] = "vrijwilligerscentrale",
        ["bijv"] = "bijvoorbeeld", ["bijv."] = "bijvoorbeeld", ["bv"] = "bijvoorbeeld", ["bv."] = "bijvoorbeeld",
        ["bijvb"] = "bijvoorbeeld", ["bijvb."] = "bijvoorbeeld", ["ivm"] = "in verband met", ["i.v.m."] = "in verband met",
        ["i.v.m"] = "in verband met", ["mn"] = "met name", ["m.n."] = "met name", ["m.n"] = "met name", ["gem."] = "gemeente",
        ["ipv"] = "in plaats van", ["i.p.v."] = "in plaats van", ["i.p.v"] = "in plaats van", ["evt"] = "eventueel",
        ["evt."] = "eventueel", ["nl."] = "namelijk", ["zsm"] = "zo snel mogelijk", ["tzt"] = "te zijner tijd",
        ["vnl"] = "voornamelijk", ["vnl."] = "voornamelijk", ["mbv"] = "met behulp van", ["m.b.v."] = "met behulp van",
        ["idd"] = "inderdaad", ["iig"] = "in ieder geval", ["ff"] = "even", ["wsl"] = "waarschijnlijk",
    };

    // One pass for all abbreviations: a word with its dots, bounded by non-letters.
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:[a-z]\.){2,3}|(?<![\p{L}\p{N}])[\p{L}]+\.?(?![\p{L}\p{N}])", RegexOptions.IgnoreCase)]
    private static partial Regex AbbreviationCandidate();

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
        return AbbreviationCandidate().Replace(s, m =>
        {
            if (Abbreviations.TryGetValue(m.Value, out var full)) return full;
            // "vrijw." matched with its dot but only the bare form is listed, or the dot ends a sentence.
            if (m.Value.EndsWith('.') && Abbreviations.TryGetValue(m.Value[..^1], out var bare)) return bare + ".";
            return m.Value;
        });
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
