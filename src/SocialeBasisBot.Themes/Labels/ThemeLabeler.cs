using System.Globalization;
using SocialeBasisBot.Themes.Text;

namespace SocialeBasisBot.Themes.Labels;

/// <summary>
/// Labels a theme with the phrase (one to three words, as written in the answers) that is frequent in the theme and
/// rare elsewhere: "tekort aan vrijwilligers" rather than the stems "tekort vrijwillig". Phrases start and end with
/// a content word; inner words may be small words ("aan", "van").
/// </summary>
public sealed class ThemeLabeler
{
    private readonly List<List<(string Surface, string Key)>> answerWords;
    private readonly Dictionary<string, int> documentFrequency = new(StringComparer.Ordinal);

    private readonly HashSet<string> questionStems;
    private readonly LabelRule? rule;

    /// <param name="questionText">Words of the question itself ("verwachtingen", "sociale basis") say nothing about a theme.</param>
    /// <param name="rule">Labels must be noun phrases (<see cref="LabelRule"/>); without it any phrase may be a label.</param>
    public ThemeLabeler(IReadOnlyList<string> allAnswerTexts, string? questionText = null, LabelRule? rule = null)
    {
        this.rule = rule;
        questionStems = questionText is null ? [] : Tokenise(questionText).Select(w => w.Key).Where(k => k[0] != '_').ToHashSet();
        answerWords = allAnswerTexts.Select(Tokenise).ToList();
        foreach (var words in answerWords)
            foreach (var key in Phrases(words).Select(p => p.Key).Distinct())
                documentFrequency[key] = documentFrequency.GetValueOrDefault(key) + 1;
    }

    public ThemeLabel Label(IReadOnlyList<int> members)
    {
        var clusterFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var surfaces = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var m in members)
            foreach (var group in Phrases(answerWords[m]).GroupBy(p => p.Key))
            {
                clusterFrequency[group.Key] = clusterFrequency.GetValueOrDefault(group.Key) + 1;
                var forms = surfaces.TryGetValue(group.Key, out var f) ? f : surfaces[group.Key] = new(StringComparer.Ordinal);
                foreach (var p in group) forms[p.Surface] = forms.GetValueOrDefault(p.Surface) + 1;
            }
        var total = Math.Max(1, answerWords.Count);
        var scored = clusterFrequency
            .Select(kv =>
            {
                var length = kv.Key.Count(c => c == ' ') + 1;
                var df = documentFrequency.GetValueOrDefault(kv.Key, 1);
                // Share of the theme that uses it × how specific it is to the theme; longer phrases read better.
                // Share × log(N/df): a word in every theme ("vrijwilligers") scores near zero however frequent it is.
                var score = (double)kv.Value / members.Count * Math.Log((double)total / df) * (1 + 0.25 * (length - 1));
                var needed = members.Count >= 3 && length > 1 ? 2 : 1;
                if (kv.Key.Split(' ').Any(questionStems.Contains)) score *= 0.3;
                return (kv.Key, Score: kv.Value >= needed ? score : score * 0.3, Length: length);
            })
            .OrderByDescending(s => s.Score).ThenBy(s => s.Key, StringComparer.Ordinal)
            .ToList();
        string Surface(string key) => surfaces[key].OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First().Key;
        var keywords = scored.Where(s => s.Length == 1).Take(5).Select(s => Surface(s.Key)).ToList();
        // The most telling phrase that is a noun phrase; a verb form or adjective however telling is passed over.
        var best = scored.FirstOrDefault(s => Accepts(Surface(s.Key)));
        if (best.Key is null) return new ThemeLabel(scored.Count == 0 ? "Overig" : "Diverse antwoorden", keywords);
        var label = Surface(best.Key);
        if (best.Length == 1)
        {
            // A second word only when it is nearly as telling; "Tijd" reads better than "Tijd en bespreken".
            var second = scored.Where(s => s.Length == 1 && clusterFrequency[s.Key] >= Math.Min(2, members.Count) && s.Score >= 0.5 * best.Score
                && !SameRoot(s.Key, best.Key)).FirstOrDefault(s => s.Key != best.Key && Accepts(label + " en " + Surface(s.Key)));
            if (second.Key is not null) label = label + " en " + Surface(second.Key);
        }
        return new ThemeLabel(Capitalise(label), keywords);
    }

    private bool Accepts(string phrase) => rule?.Accepts(phrase) ?? true;

    private static List<(string Surface, string Key)> Tokenise(string text) =>
        ChatText.Words(ChatText.Normalise(text))
            .Select(w => (w, IsContent(w) ? DutchStemmer.Stem(w) : "_" + ChatText.Fold(w)))
            .ToList();

    private static bool IsContent(string w) =>
        w.Length >= 3 && !DutchStopWords.Contains(w) && !LabelStopWords.Contains(ChatText.Fold(w)) && !w.Any(char.IsDigit);

    // Words that carry some signal for grouping but make poor labels: adverbs, conjunctions, vague verbs, English filler.
    private static readonly HashSet<string> LabelStopWords = new(StringComparer.Ordinal)
    {
        "vaker", "zodat", "duidelijk", "iedereen", "liefst", "vanuit", "achter", "gezegd", "kijken", "aanpakken", "dag",
        "inmiddels", "precies", "eerlijk", "belangrijk", "lastig", "moeilijk", "makkelijk", "snel", "kort", "leuk", "fijn",
        "hoor", "nou", "manier", "kant", "deel", "stuk", "plek", "mensen", "zaken", "zelfs", "vindt", "ziet", "loopt",
        "about", "actually", "already", "honestly", "pretty", "much", "same", "small", "especially", "things", "people",
        "group", "doing", "work", "make", "what", "when", "where", "which", "there", "here", "them", "those", "these",
        "even", "still", "only", "some", "other", "into", "than", "then", "been", "being", "were", "who", "how", "why",
    };

    private static IEnumerable<(string Surface, string Key)> Phrases(List<(string Surface, string Key)> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].Key[0] == '_') continue;
            for (var len = 1; len <= 3 && i + len <= words.Count; len++)
            {
                var last = words[i + len - 1];
                if (last.Key[0] == '_') continue;
                var slice = words.Skip(i).Take(len).ToList();
                yield return (string.Join(' ', slice.Select(s => s.Surface)), string.Join(' ', slice.Select(s => s.Key)));
            }
        }
    }

    // "vrijwilligerswerk en vrijwilligers" says the same thing twice.
    private static bool SameRoot(string a, string b)
    {
        var n = Math.Min(6, Math.Min(a.Length, b.Length));
        return string.CompareOrdinal(a, 0, b, 0, n) == 0;
    }

    private static string Capitalise(string s) =>
        s.Length == 0 ? s : char.ToUpper(s[0], CultureInfo.GetCultureInfo("nl-NL")) + s[1..];
}
