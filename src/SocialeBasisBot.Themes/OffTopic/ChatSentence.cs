using SocialeBasisBot.Themes.Text;

namespace SocialeBasisBot.Themes.OffTopic;

/// <summary>
/// What the structure of a chat line says, from closed word classes (pronouns, subordinating conjunctions, deictic
/// time adverbs) rather than from topic words: a line whose subject is the speaker ("ik"), that says nothing in a
/// subordinate clause ("ik merk dat …", "ik moet kijken hoe …") and is about the speaker's own situation now ("ik
/// stap er nu uit", "ik kom iets later binnen", "mijn verbinding is slecht, ik mis een stukje") is a remark about
/// taking part, not an answer about the topic. Answers in the first person report what the speaker sees or wants
/// in a clause of their own, or name the thing itself.
/// </summary>
public sealed record ChatSentence(int SpeakerWords, int HereAndNowWords, bool HasSubordinateClause)
{
    // The speaker as subject ("me"/"mijn" are objects and owners: "ruimte in mijn agenda" is an answer).
    private static readonly HashSet<string> Speaker = new(StringComparer.Ordinal) { "ik", "ikke" };

    // Deictic time adverbs: they point at the moment of the meeting itself. "zo" is left out: it is also "so".
    private static readonly HashSet<string> HereAndNow = new(StringComparer.Ordinal)
    {
        "nu", "straks", "strakjes", "zometeen", "zodadelijk", "even", "vandaag", "vanochtend", "vanmorgen", "vanmiddag",
        "vanavond", "later", "eerder", "zojuist", "direct", "meteen", "net", "ff", "ineens",
    };

    // Finite verbs that open a yes/no question ("kan je …", "mag ik …", "zijn er …") and question words that open a
    // wh-question ("waar kan ik …"): chat often leaves out the question mark.
    private static readonly HashSet<string> QuestionVerbs = new(StringComparer.Ordinal)
    {
        "kan", "kun", "kunt", "kunnen", "mag", "mogen", "moet", "moeten", "is", "zijn", "wordt", "worden", "komt", "komen",
        "krijgen", "krijg", "krijgt", "hebben", "heb", "heeft", "gaan", "gaat", "zit", "zitten", "doen", "doet",
    };

    private static readonly HashSet<string> QuestionWords = new(StringComparer.Ordinal)
    {
        "waar", "wanneer", "hoe", "hoeveel", "hoelang", "welke", "welk", "wie", "wat",
    };

    // Subjects after a question's verb: the speaker, the one addressed, "er", or a definite thing ("is de pdf …").
    private static readonly HashSet<string> Subjects = new(StringComparer.Ordinal)
    {
        "ik", "je", "jij", "u", "we", "wij", "jullie", "er", "het", "dit", "dat", "de", "iemand", "iedereen",
    };

    // Subordinating conjunctions and relative or question words that open a clause of their own.
    private static readonly HashSet<string> Subordinators = new(StringComparer.Ordinal)
    {
        "dat", "omdat", "als", "zodat", "wat", "hoe", "wie", "waar", "welke", "wanneer", "want", "die", "of", "zodra",
        "terwijl", "doordat", "waardoor", "waarmee", "waarin",
    };

    /// <summary>True for a first-person remark about the speaker's own situation, with no clause of its own.</summary>
    public bool IsSelfReport => SpeakerWords > 0 && !HasSubordinateClause;

    /// <summary>Whether the word at this position is a deictic time word (counted as talk about the session).</summary>
    public static bool IsHereAndNow(string word) => HereAndNow.Contains(Lower(word));

    public static ChatSentence Read(IReadOnlyList<string> words)
    {
        var lower = words.Select(Lower).ToList();
        // "wat" before a time word is a degree ("ik ben wat later"), not a clause.
        var subordinate = Enumerable.Range(0, lower.Count).Any(i => Subordinators.Contains(lower[i])
            && !(lower[i] == "wat" && i + 1 < lower.Count && HereAndNow.Contains(lower[i + 1])));
        return new ChatSentence(lower.Count(Speaker.Contains), lower.Count(HereAndNow.Contains), subordinate);
    }

    /// <summary>
    /// True when the line opens as a question, with or without its question mark: a finite verb followed by a subject
    /// ("kan je je antwoord nog aanpassen"), or a question word and then such a verb ("waar kan ik de slides vinden").
    /// </summary>
    public static bool OpensAsQuestion(IReadOnlyList<string> words)
    {
        var lower = words.Select(Lower).ToList();
        var verb = lower.Count > 0 && QuestionWords.Contains(lower[0]) ? 1 : 0;
        return lower.Count > verb + 1 && QuestionVerbs.Contains(lower[verb]) && Subjects.Contains(lower[verb + 1]);
    }

    private static string Lower(string word) => ChatText.Fold(word.ToLowerInvariant());
}
