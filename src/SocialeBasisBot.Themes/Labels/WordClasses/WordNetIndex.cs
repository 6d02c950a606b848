using System.Globalization;
using System.Text;

namespace SocialeBasisBot.Themes.Labels.WordClasses;

/// <summary>
/// Which English lemmas Princeton WordNet 3.0 lists as nouns and as verbs, and how often each sense was tagged in its
/// corpus (Debian wordnet-base: /usr/share/wordnet/index.noun and index.verb, read at run time).
/// </summary>
public sealed class WordNetIndex
{
    public const string DefaultFolder = "/usr/share/wordnet";

    private readonly Dictionary<string, int> nouns;
    private readonly Dictionary<string, int> verbs;

    private WordNetIndex(Dictionary<string, int> nouns, Dictionary<string, int> verbs)
    {
        this.nouns = nouns;
        this.verbs = verbs;
    }

    public int Count => nouns.Count + verbs.Count;

    public static WordNetIndex? TryLoad(string folder, out string? problem)
    {
        var nounPath = Path.Combine(folder, "index.noun");
        var verbPath = Path.Combine(folder, "index.verb");
        if (!File.Exists(nounPath) || !File.Exists(verbPath))
        {
            problem = $"WordNet index not found at {nounPath} and {verbPath} (install the Debian package wordnet-base)";
            return null;
        }
        try
        {
            problem = null;
            return new WordNetIndex(Read(nounPath), Read(verbPath));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            problem = $"WordNet index at {folder} could not be read: {e.Message}";
            return null;
        }
    }

    /// <summary>
    /// Noun, Verb, both, or Unknown for an English word or phrase. A lemma in both indexes counts as the one whose senses
    /// were tagged more often ("help" is mostly a verb, "coach" mostly a noun); equal counts give both.
    /// </summary>
    public DutchWordClass Classify(string english)
    {
        ArgumentNullException.ThrowIfNull(english);
        var lemma = english.Trim().ToLowerInvariant().Replace(' ', '_');
        var isNoun = nouns.TryGetValue(lemma, out var nounTags);
        var isVerb = verbs.TryGetValue(lemma, out var verbTags);
        if (isNoun && isVerb)
            return nounTags > verbTags ? DutchWordClass.Noun : verbTags > nounTags ? DutchWordClass.Verb : DutchWordClass.Noun | DutchWordClass.Verb;
        return isNoun ? DutchWordClass.Noun : isVerb ? DutchWordClass.Verb : DutchWordClass.Unknown;
    }

    // "lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset…"; the licence lines start with spaces.
    private static Dictionary<string, int> Read(string path)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            if (line.Length == 0 || line[0] == ' ') continue;
            var t = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (t.Length < 6) continue;
            var pointers = int.Parse(t[3], CultureInfo.InvariantCulture);
            var tagged = int.Parse(t[5 + pointers], CultureInfo.InvariantCulture);
            map[t[0]] = tagged;
        }
        return map;
    }
}
