using System.Text;
using System.Text.RegularExpressions;

namespace SocialeBasisBot.Themes.Labels.WordClasses;

/// <summary>
/// Word classes from OpenTaal's Dutch Hunspell dictionary (Debian hunspell-nl: nl.aff + nl.dic, read at run time).
/// Its affix flags name inflection classes: plural and diminutive suffixes (Z*, Y*, female form Xe) only go on nouns,
/// verb suffixes (V*) and verb prefixes (Pa–Pt) only on verbs, comparison suffixes (A*) only on adjectives. A word
/// is analysed as a dictionary entry, as an entry plus one suffix, or as a verb prefix plus such a form ("aanpakt" =
/// aan + pak + t), and failing that as a compound whose last part is one of those. Hand-written: no Hunspell port
/// is served by this NuGet mirror, and only this much of Hunspell's affix logic is needed.
/// </summary>
public sealed class HunspellDutchLexicon
{
    public const string DefaultBasePath = "/usr/share/hunspell/nl";

    private sealed record Affix(string Flag, string Strip, string Add, Regex Condition);

    private readonly Dictionary<string, List<string[]>> entries;
    private readonly List<Affix> suffixes;
    private readonly List<Affix> prefixes;
    private readonly Dictionary<string, DutchWordClass> cache = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    private HunspellDutchLexicon(Dictionary<string, List<string[]>> entries, List<Affix> suffixes, List<Affix> prefixes)
    {
        this.entries = entries;
        this.suffixes = suffixes;
        this.prefixes = prefixes;
    }

    public int Count => entries.Count;

    /// <summary>Loads nl.aff and nl.dic, or returns null (with the reason) when they are not there.</summary>
    public static HunspellDutchLexicon? TryLoad(string basePath, out string? problem)
    {
        var affPath = basePath + ".aff";
        var dicPath = basePath + ".dic";
        if (!File.Exists(affPath) || !File.Exists(dicPath))
        {
            problem = $"Hunspell Dutch dictionary not found at {basePath}.aff/.dic (install the Debian package hunspell-nl)";
            return null;
        }
        try
        {
            var (suffixes, prefixes) = ReadAffixes(affPath);
            var entries = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
            // About 300 distinct flags over 180 000 entries: one string each instead of one per use.
            var flagPool = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var line in File.ReadLines(dicPath, Encoding.UTF8).Skip(1))
            {
                // "druk/CcCaYbZe"; a word with a space ("ab initio") is no single label word.
                if (line.Length == 0 || line.Contains(' ', StringComparison.Ordinal) || line.Contains('\t', StringComparison.Ordinal)) continue;
                var slash = line.IndexOf('/', StringComparison.Ordinal);
                while (slash > 0 && line[slash - 1] == '\\') slash = line.IndexOf('/', slash + 1);
                var word = slash < 0 ? line : line[..slash];
                var flags = slash < 0 ? [] : Pairs(line[(slash + 1)..], flagPool);
                if (!entries.TryGetValue(word, out var list)) entries[word] = list = [];
                list.Add(flags);
            }
            problem = null;
            return new HunspellDutchLexicon(entries, suffixes, prefixes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            problem = $"Hunspell Dutch dictionary at {basePath} could not be read: {e.Message}";
            return null;
        }
    }

    /// <summary>The classes the dictionary gives a lower-case word; Unknown when it does not know it.</summary>
    public DutchWordClass Classify(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        // OpenTaal writes the Dutch ij as the one letter ĳ (U+0133): "tĳd", "vrĳwilliger".
        word = word.Replace("ij", "ĳ", StringComparison.Ordinal);
        lock (gate)
        {
            if (cache.TryGetValue(word, out var known)) return known;
        }
        var result = Analyse(word);
        if (result == DutchWordClass.Unknown) result = Compound(word);
        lock (gate) cache[word] = result;
        return result;
    }

    private DutchWordClass Analyse(string word)
    {
        var classes = DutchWordClass.Unknown;
        if (entries.TryGetValue(word, out var direct))
            foreach (var flags in direct) classes |= OfEntry(flags);
        classes |= Suffixed(word, requiredFlag: null);
        foreach (var p in prefixes)
        {
            if (!word.StartsWith(p.Add, StringComparison.Ordinal) || word.Length <= p.Add.Length + 1) continue;
            var rest = p.Strip + word[p.Add.Length..];
            if (!p.Condition.IsMatch(rest)) continue;
            if (entries.TryGetValue(rest, out var stems) && stems.Any(f => f.Contains(p.Flag))) classes |= OfAffix(p.Flag);
            classes |= Suffixed(rest, requiredFlag: p.Flag);
        }
        return classes;
    }

    private DutchWordClass Suffixed(string word, string? requiredFlag)
    {
        var classes = DutchWordClass.Unknown;
        foreach (var s in suffixes)
        {
            if (!word.EndsWith(s.Add, StringComparison.Ordinal) || word.Length <= s.Add.Length + 1) continue;
            var stem = word[..^s.Add.Length] + s.Strip;
            if (!s.Condition.IsMatch(stem) || !entries.TryGetValue(stem, out var stems)) continue;
            if (stems.Any(f => f.Contains(s.Flag) && (requiredFlag is null || f.Contains(requiredFlag)))) classes |= OfAffix(s.Flag);
        }
        return classes;
    }

    // "regeldruk" = regel + druk: a compound takes the class of its last part (Dutch compounds are head-final).
    private DutchWordClass Compound(string word)
    {
        for (var i = 3; i <= word.Length - 3; i++)
        {
            var head = Analyse(word[i..]);
            if (head == DutchWordClass.Unknown) continue;
            var left = word[..i];
            if (CanBegin(left) || (left.Length > 3 && (left[^1] == 's' || left[^1] == 'e') && CanBegin(left[..^1])) || (left.EndsWith("en", StringComparison.Ordinal) && CanBegin(left[..^2])))
                return head;
        }
        return DutchWordClass.Unknown;
    }

    private bool CanBegin(string part) => entries.TryGetValue(part, out var list) && list.Any(f => f.Length == 0 || f.Contains("Ca") || f.Contains("Cb"));

    private static DutchWordClass OfEntry(string[] flags)
    {
        var classes = DutchWordClass.Unknown;
        foreach (var f in flags)
        {
            // Zk/Zm on an adjective derive a noun ("deskundigheid"); the entry itself is no noun.
            if (f is not ("Zk" or "Zm")) classes |= OfAffix(f);
        }
        var verbOrAdjective = (classes & (DutchWordClass.Verb | DutchWordClass.Adjective)) != 0;
        // "Cc" = may end a compound: a noun, unless the entry is a verb or an adjective ("aanpak/CaCcC1", "coach/CcCaCb").
        if (flags.Contains("Cc") && !verbOrAdjective) classes |= DutchWordClass.Noun;
        // An entry with only compound flags ("mantelzorg/Ca", but also "aansluit/Ca") says nothing about its class.
        return classes;
    }

    private static DutchWordClass OfAffix(string flag) => flag switch
    {
        ['Z', _] or ['Y', _] or "Xe" => DutchWordClass.Noun,
        ['V', _] => DutchWordClass.Verb,
        ['P', >= 'a' and <= 't'] => DutchWordClass.Verb,
        ['A', _] => DutchWordClass.Adjective,
        _ => DutchWordClass.Unknown,
    };

    private static (List<Affix> Suffixes, List<Affix> Prefixes) ReadAffixes(string affPath)
    {
        var suffixes = new List<Affix>();
        var prefixes = new List<Affix>();
        foreach (var line in File.ReadLines(affPath, Encoding.UTF8))
        {
            if (!line.StartsWith("SFX ", StringComparison.Ordinal) && !line.StartsWith("PFX ", StringComparison.Ordinal)) continue;
            var t = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            // Header "SFX Zb Y 4" or rule "SFX Zb 0 en [^e]".
            if (t.Length < 5 || t[4].StartsWith('#')) continue;
            var strip = t[2] == "0" ? "" : t[2];
            var add = t[3].Split('/')[0];
            if (add == "0") add = "";
            var suffix = t[0] == "SFX";
            var condition = new Regex(suffix ? $"{t[4]}$" : $"^{t[4]}", RegexOptions.CultureInvariant);
            (suffix ? suffixes : prefixes).Add(new Affix(t[1], strip, add, condition));
        }
        return (suffixes, prefixes);
    }

    private static string[] Pairs(string flags, Dictionary<string, string> pool)
    {
        var n = flags.Length / 2;
        var result = new string[n];
        for (var i = 0; i < n; i++)
        {
            var flag = flags.Substring(2 * i, 2);
            result[i] = pool.TryGetValue(flag, out var shared) ? shared : pool[flag] = flag;
        }
        return result;
    }
}
