namespace SocialeBasisBot.Themes.Text;

/// <summary>Snowball Dutch stems (Lucene.Net), on accent-folded words; a new stemmer per call keeps it thread-safe.</summary>
public static class DutchStemmer
{
    public static string Stem(string word)
    {
        var stemmer = new Lucene.Net.Tartarus.Snowball.Ext.DutchStemmer();
        stemmer.SetCurrent(ChatText.Fold(word.ToLowerInvariant()));
        stemmer.Stem();
        return stemmer.Current;
    }
}
