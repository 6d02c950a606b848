using System.Collections.Concurrent;

namespace SocialeBasisBot.Themes.Text;

/// <summary>
/// Snowball Dutch stems (Lucene.Net) of accent-folded words. A new stemmer per word keeps it thread-safe; the
/// cache keeps that cheap, since chat answers repeat the same few thousand words.
/// </summary>
public static class DutchStemmer
{
    private const int MaxCached = 200_000;
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    public static string Stem(string word)
    {
        var folded = ChatText.Fold(word.ToLowerInvariant());
        if (Cache.TryGetValue(folded, out var cached)) return cached;
        var stemmer = new Lucene.Net.Tartarus.Snowball.Ext.DutchStemmer();
        stemmer.SetCurrent(folded);
        stemmer.Stem();
        if (Cache.Count < MaxCached) Cache[folded] = stemmer.Current;
        return stemmer.Current;
    }
}
