using Lucene.Net.Analysis.Nl;

namespace SocialeBasisBot.Themes.Text;

/// <summary>Lucene's Dutch stop words plus chat filler and words every answer to these questions uses.</summary>
public static class DutchStopWords
{
    private static readonly string[] ChatFiller =
    [
        "ja", "nee", "ok", "oke", "oké", "okay", "hmm", "haha", "nou", "gewoon", "eigenlijk", "echt", "even", "wel",
        "heel", "erg", "best", "vooral", "ook", "nog", "steeds", "meer", "minder", "veel", "weinig", "gaan", "gaat",
        "komen", "komt", "kunnen", "kan", "moeten", "moet", "willen", "wil", "zouden", "zou", "worden", "wordt", "werd",
        "hebben", "heeft", "hebt", "zijn", "is", "was", "waren", "onze", "ons", "jullie", "je", "jij", "jou", "jouw",
        "u", "uw", "we", "wij", "ze", "zij", "hun", "hen", "ik", "mij", "me", "mijn", "dat", "die", "dit", "deze",
        "daar", "hier", "er", "erg", "wat", "welke", "waar", "hoe", "wie", "dus", "want", "maar", "omdat", "als",
        "bijvoorbeeld", "namelijk", "inderdaad", "zo", "dan", "toch", "al", "alle", "allemaal", "iets", "niets",
        "iemand", "mensen", "een", "de", "het", "en", "of", "in", "op", "aan", "met", "voor", "van", "bij", "naar",
        "om", "te", "tot", "uit", "over", "door", "zonder", "tegen", "na", "sinds", "per", "via", "binnen", "buiten",
        "the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "with", "we", "our", "is", "are", "it", "that",
        "this", "be", "have", "has", "more", "less", "they", "them", "their", "i", "my", "you", "your", "at", "by",
        "from", "as", "but", "not", "no", "so", "very", "get", "got", "do", "does", "can", "would", "should", "will",
        "niet", "geen", "nu", "vaak", "soms", "altijd", "nooit", "graag", "zelf", "elkaar", "andere", "ander", "goed",
        "goede", "mooi", "denk", "vind", "zie", "merk", "merken", "merkt", "zien", "ziet", "doen", "doet", "krijgen",
        "krijg", "krijgt", "maken", "maakt", "hele", "paar", "keer", "jaar", "tijdje", "ding", "dingen", "zeker",
        // Frequent verbs, adverbs and adjectives that make poor theme labels ("Vrijwilligers en weten").
        "weten", "weet", "wist", "elke", "elk", "ieder", "iedere", "terwijl", "zulke", "zulk", "vinden", "vindt", "nodig",
        "blijven", "blijft", "lopen", "loopt", "zit", "zitten", "zitte", "staan", "staat", "laten", "laat", "lang", "langer",
        "extra", "verwacht", "verwachten", "verwachting", "verwachtingen", "vraagt", "vragen", "wordt", "geworden",
        "gaan", "ging", "gingen", "kunnen", "konden", "kon", "mogen", "mag", "moest", "moesten", "wilde", "wilden",
        "hoeven", "hoeft", "terecht", "daardoor", "daarom", "daarbij", "daarmee", "waardoor", "waarbij", "bijna",
        "helemaal", "alleen", "allerlei", "verschillende", "sommige", "weer", "meteen", "straks", "later", "eerst",
        "echter", "zeggen", "zegt", "zei", "denken", "denkt", "horen", "hoort", "heb", "had", "hadden", "ben", "bent",
        "groot", "grote", "klein", "kleine", "nieuw", "nieuwe", "eigen", "zelfde", "dezelfde", "hetzelfde", "beter",
        "ergens", "iets", "niks", "everything", "something", "really", "also", "just", "like", "want", "need", "lot",
        "trekken", "zetten", "komen", "kwam", "kwamen", "houden", "houdt", "brengen", "gebruiken", "gebruik",
    ];

    private static readonly HashSet<string> Words = BuildSet();

    private static HashSet<string> BuildSet()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in DutchAnalyzer.DefaultStopSet)
            set.Add(ChatText.Fold(entry));
        foreach (var w in ChatFiller)
            set.Add(ChatText.Fold(w));
        return set;
    }

    public static bool Contains(string word) => Words.Contains(ChatText.Fold(word.ToLowerInvariant()));
}
