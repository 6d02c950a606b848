using SocialeBasisBot.Themes.Text;

namespace SocialeBasisBot.Themes.Features;

/// <summary>
/// TF-IDF over Dutch stems (with compound parts, so "vrijwilligerswerk" also counts as "vrijwillig" + "werk") and
/// character 3–5-grams of content words, which catch spelling variants and typos in chat text.
/// </summary>
public sealed class TfIdfVectorizer
{
    private const float CharBlockWeight = 0.6f;
    private readonly Dictionary<string, int> vocabulary = new(StringComparer.Ordinal);
    private readonly Func<string, bool> isKnownWord;
    private float[] idf = [];
    private int documentCount;

    public TfIdfVectorizer(Func<string, bool> isKnownWord) => this.isKnownWord = isKnownWord;

    /// <summary>Learns vocabulary and IDF from these texts and returns their vectors.</summary>
    public IReadOnlyList<SparseVector> FitTransform(IReadOnlyList<string> texts)
    {
        var corpusWords = new HashSet<string>(StringComparer.Ordinal);
        var tokenised = texts.Select(ContentWords).ToList();
        foreach (var words in tokenised) corpusWords.UnionWith(words);
        this.corpusWords = corpusWords;
        var termLists = tokenised.Select(Terms).ToList();
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var terms in termLists)
            foreach (var t in terms.Keys)
                df[t] = df.GetValueOrDefault(t) + 1;
        foreach (var term in df.Keys.Order(StringComparer.Ordinal))
            this.vocabulary[term] = this.vocabulary.Count;
        documentCount = texts.Count;
        idf = new float[this.vocabulary.Count];
        foreach (var (term, index) in this.vocabulary)
            idf[index] = MathF.Log((1f + documentCount) / (1f + df[term])) + 1f;
        return termLists.Select(Vectorise).ToList();
    }

    /// <summary>Vectors for new texts (e.g. expected-theme descriptions) in the fitted space.</summary>
    public SparseVector Transform(string text) => Vectorise(Terms(ContentWords(text)));

    private HashSet<string> corpusWords = [];

    internal static List<string> ContentWords(string text) =>
        ChatText.Words(ChatText.Normalise(text))
            .Select(ChatText.Fold)
            .Where(w => w.Length >= 2 && !DutchStopWords.Contains(w) && !w.All(char.IsDigit))
            .ToList();

    private Dictionary<string, float> Terms(List<string> words)
    {
        var terms = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (var w in words)
        {
            Add(terms, "w:" + DutchStemmer.Stem(w), 1f);
            foreach (var part in CompoundParts(w))
                Add(terms, "w:" + DutchStemmer.Stem(part), 0.7f);
            var padded = "<" + w + ">";
            for (var n = 3; n <= 5; n++)
                for (var i = 0; i + n <= padded.Length; i++)
                    Add(terms, string.Concat("c:", padded.AsSpan(i, n)), 1f);
        }
        return terms;
    }

    private static void Add(Dictionary<string, float> terms, string term, float weight) =>
        terms[term] = terms.GetValueOrDefault(term) + weight;

    internal IEnumerable<string> CompoundParts(string w)
    {
        if (w.Length < 8) yield break;
        for (var i = 3; i <= w.Length - 3; i++)
        {
            var head = w[..i];
            var tail = w[i..];
            if (!Known(tail)) continue;
            if (Known(head)) { yield return head; yield return tail; yield break; }
            if (head.Length > 3 && head[^1] is 's' or 'e' && Known(head[..^1])) { yield return head[..^1]; yield return tail; yield break; }
        }
    }

    private bool Known(string w) => w.Length >= 3 && (this.corpusWords.Contains(w) || this.isKnownWord(w));

    private SparseVector Vectorise(Dictionary<string, float> terms)
    {
        var words = new Dictionary<int, float>();
        var chars = new Dictionary<int, float>();
        foreach (var (term, tf) in terms)
        {
            if (!this.vocabulary.TryGetValue(term, out var index)) continue;
            var weight = (1f + MathF.Log(tf)) * idf[index];
            (term[0] == 'w' ? words : chars)[index] = weight;
        }
        // Each block is normalised on its own so long answers' many n-grams do not drown the stems.
        var w = SparseVector.FromWeights(words);
        var c = SparseVector.FromWeights(chars);
        var combined = new Dictionary<int, float>();
        for (var i = 0; i < w.Indices.Length; i++) combined[w.Indices[i]] = w.Values[i] * (1f - CharBlockWeight);
        for (var i = 0; i < c.Indices.Length; i++) combined[c.Indices[i]] = c.Values[i] * CharBlockWeight;
        return SparseVector.FromWeights(combined);
    }
}
