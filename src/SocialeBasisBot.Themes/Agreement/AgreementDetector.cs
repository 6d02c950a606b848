using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SocialeBasisBot.Themes.Text;

namespace SocialeBasisBot.Themes.Agreement;

/// <summary>
/// Chat agreement: "+1", "eens met Sandra", "helemaal mee eens", "idem", "zelfde hier", "dit!", "herkenbaar", "ik sluit
/// me aan bij Jan", or only emoji (👍, 💯, 👏). The agreeing words must open the line; what follows them decides
/// whether the line adds words of its own ("eens, en ook meer tijd" stays an answer).
/// </summary>
public static partial class AgreementDetector
{
    // An agreeing opening, optionally naming the person agreed with (a capitalised name or an @mention).
    [GeneratedRegex(@"^(?:(?:helemaal|volledig|compleet|100\s?%)\s+)?(?:(?:mee\s+)?eens|akkoord|agree[d]?|i\s+agree|same(?:\s+here)?|zelfde\s+hier|hier\s+ook|bij\s+ons\s+ook|herkenbaar|zo\s+herkenbaar|heel\s+herkenbaar|idem(?:\s+dito)?|ditto|dit|precies|inderdaad|klopt|absoluut|zeker|\+\s?\d+|plus\s?(?:een|1)|ik\s+sluit\s+me\s+(?:hier\s+|daar\s+)?(?:bij\s+)?aan|sluit\s+me\s+aan|wat\s+(?<who>@?[\p{Lu}][\p{L}-]*)\s+zegt)(?:\s+(?:met|bij)\s+(?<who>@?[\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}]\.?)?))?(?<rest>.*)$", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Opening();

    // Words that may follow an agreement without adding anything: "eens hoor!", "+1 van mij", "idem bij ons".
    private static readonly HashSet<string> Filler = new(StringComparer.OrdinalIgnoreCase)
    {
        "hoor", "van", "mij", "ook", "helemaal", "echt", "zeker", "heel", "erg", "wel", "zo", "bij", "ons", "hier",
        "met", "je", "jou", "u", "dat", "die", "dit", "ja", "jaa", "yes", "totaal", "volledig", "mee", "eens", "is",
        "het", "precies", "inderdaad", "klopt", "zeer", "herkenbaar", "me", "aan", "dito", "same", "here", "too", "en",
        "haha", "goed", "gezegd", "punt", "sterk", "waar", "true", "agree", "agreed", "wat", "zegt", "ze", "hij", "zij",
    };

    public static AgreementMatch Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed.Length == 0) return AgreementMatch.None;
        var clean = ChatText.Clean(trimmed);
        // Only emoji (and punctuation): a reaction typed as a message.
        if (!clean.Any(char.IsLetterOrDigit))
            return HasEmoji(trimmed) ? new AgreementMatch(true, false, null) : AgreementMatch.None;
        // Keep @mentions for the name: Clean drops them.
        var line = MentionSpacing().Replace(trimmed, "@");
        line = string.Concat(line.EnumerateRunes().Select(r => IsEmoji(r) ? " " : r.ToString())).Trim();
        var m = Opening().Match(line);
        if (!m.Success) return AgreementMatch.None;
        var rest = m.Groups["rest"].Value;
        // The opening must end at a word boundary: "dit" is not "ditmaal", "eens" not "eensgezind".
        if (rest.Length > 0 && char.IsLetterOrDigit(rest[0])) return AgreementMatch.None;
        var who = m.Groups["who"].Success ? m.Groups["who"].Value.TrimStart('@').Trim() : null;
        var restWords = ChatText.Words(ChatText.Normalise(rest));
        var adds = restWords.Any(w => !Filler.Contains(w) && !DutchStopWords.Contains(w));
        // "Dit is precies het probleem: geen tijd" opens with "dit" but is a sentence, not "dit!".
        var opening = m.Value[..^rest.Length].Trim();
        if (adds && OrdinaryWords.Contains(opening) && !StartsWithSeparator(rest)) return AgreementMatch.None;
        return new AgreementMatch(true, adds, string.IsNullOrEmpty(who) ? null : who);
    }

    // Openings that are ordinary words inside a sentence ("Zeker meer tijd", "Dit is het probleem"): they agree only
    // when the line stops after them or a separator (",", "!", ".", ":", "-") follows.
    private static readonly HashSet<string> OrdinaryWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "dit", "precies", "inderdaad", "klopt", "zeker", "absoluut", "eens", "akkoord", "herkenbaar", "same", "hier ook",
    };

    private static bool StartsWithSeparator(string rest)
    {
        var t = rest.TrimStart();
        return t.Length > 0 && (t[0] is ',' or '!' or '.' or ':' or ';' or '-' or '–' or '+');
    }

    private static bool HasEmoji(string text) => text.EnumerateRunes().Any(IsEmoji);

    private static bool IsEmoji(Rune r) =>
        Rune.GetUnicodeCategory(r) == UnicodeCategory.OtherSymbol || r.Value >= 0x1F000 || r.Value is 0x2795 or 0x2714 or 0x2705;

    [GeneratedRegex(@"@\s+")]
    private static partial Regex MentionSpacing();
}
