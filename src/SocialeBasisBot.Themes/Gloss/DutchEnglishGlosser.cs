using SocialeBasisBot.Themes.Text;

namespace SocialeBasisBot.Themes.Gloss;

/// <summary>
/// Word-by-word Dutch→English gloss so an English sentence encoder can read Dutch chat answers. Words not found are
/// tried without inflection, then split as compounds (vrijwilligerswerk → volunteer work); names and English
/// words pass through unchanged.
/// </summary>
public sealed class DutchEnglishGlosser(FreeDictLexicon dictionary)
{
    private static readonly string[] Suffixes = ["en", "s", "'s", "e", "t", "de", "te", "den", "ten", "er", "ste", "heid"];

    public string Gloss(string text)
    {
        var words = ChatText.Words(ChatText.Normalise(text));
        var output = new List<string>(words.Count);
        foreach (var w in words)
            output.Add(GlossWord(ChatText.Fold(w)) ?? w);
        return string.Join(' ', output);
    }

    /// <summary>Share of words (of three or more letters) the dictionary knows; used by the benchmark.</summary>
    public double Coverage(IEnumerable<string> texts)
    {
        int known = 0, total = 0;
        foreach (var t in texts)
            foreach (var w in ChatText.Words(ChatText.Normalise(t)))
            {
                if (w.Length < 3) continue;
                total++;
                if (GlossWord(ChatText.Fold(w)) is not null) known++;
            }
        return total == 0 ? 0 : (double)known / total;
    }

    internal string? GlossWord(string folded)
    {
        if (Lookup(folded) is { } direct) return direct;
        foreach (var suffix in Suffixes)
            if (folded.Length > suffix.Length + 2 && folded.EndsWith(suffix, StringComparison.Ordinal)
                && Lookup(folded[..^suffix.Length]) is { } stemmed)
                return stemmed;
        // Verb stems: "werk" → "werken", doubled vowel lost: "maak" ← "maken" is not tried, rare in answers.
        if (Lookup(folded + "en") is { } verb) return verb;
        return folded.Length >= 7 ? SplitCompound(folded) : null;
    }

    private string? Lookup(string folded)
    {
        if (DomainGlossary.Entries.TryGetValue(folded, out var domain)) return domain;
        return dictionary.TryTranslate(folded, out var t) ? t : null;
    }

    // Longest known head with a known tail; Dutch links parts with -s- or -e(n)-: vrijwilliger|s|werk.
    private string? SplitCompound(string folded)
    {
        for (var i = folded.Length - 3; i >= 3; i--)
        {
            var tail = folded[i..];
            var tailGloss = Lookup(tail);
            if (tailGloss is null) continue;
            var head = folded[..i];
            var headGloss = Lookup(head)
                ?? (head.Length > 3 && head[^1] == 's' ? Lookup(head[..^1]) : null)
                ?? (head.Length > 4 && head.EndsWith("en", StringComparison.Ordinal) ? Lookup(head[..^2]) : null)
                ?? (head.Length > 3 && head[^1] == 'e' ? Lookup(head[..^1]) : null);
            if (headGloss is not null) return headGloss + " " + tailGloss;
        }
        return null;
    }
}
