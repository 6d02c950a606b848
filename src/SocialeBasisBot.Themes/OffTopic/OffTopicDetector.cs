using System.Text.RegularExpressions;
using SocialeBasisBot.Themes.Text;

namespace SocialeBasisBot.Themes.OffTopic;

/// <summary>
/// Rules for chat lines that are not answers: greetings and thanks, sound/connection remarks, requests for the
/// slides or recording, and practical questions to the host. Deliberately conservative: a real answer that
/// mentions "presentatie" in passing stays in the themes.
/// </summary>
public static partial class OffTopicDetector
{
    // A greeting line has at least one of these and nothing but these, filler and a name or two.
    private static readonly HashSet<string> GreetingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "hoi", "hallo", "hey", "hi", "hello", "goedemorgen", "goedemiddag", "goedenavond", "welkom", "bedankt", "dank",
        "dankjewel", "dankuwel", "thanks", "thank", "thx", "tnx", "groet", "groeten", "gr", "doei", "ciao", "daag",
        "ziens", "straks", "present", "aanwezig", "morgen", "middag", "allemaal", "iedereen",
    };

    private static readonly HashSet<string> GreetingFiller = new(StringComparer.OrdinalIgnoreCase)
    {
        "je", "jullie", "u", "wel", "ook", "nog", "en", "van", "uit", "namens", "voor", "de", "het", "een", "ik", "we",
        "wij", "ben", "zijn", "er", "bij", "mee", "tot", "dag", "fijne", "fijn", "mooie", "mooi", "goede", "goed",
        "leuk", "top", "super", "prima", "interessant", "interessante", "inspirerend", "inspirerende", "presentatie",
        "sessie", "webinar", "sprekers", "spreker", "alvast", "alle", "allen", "zeer", "heel", "erg", "you", "all",
        "everyone", "for", "the", "sorry", "later", "binnen", "aangesloten", "even", "hier", "is", "was", "vanuit",
    };

    [GeneratedRegex(@"\b(geluid|audio|microfoon|mic|hoor(en|t)? (je|jullie|u|niks|niets|het)|slecht te verstaan|niet te verstaan|verstaanbaar|beeld (valt|bevriest|hapert)|bevriest|hapert|haperen|verbinding|valt (steeds )?weg|echo|gemute|muted|mute|camera|scherm (delen|zie)|zie (het scherm|niks|niets)|can'?t hear|no sound|sound)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SoundOrConnection();

    [GeneratedRegex(@"\b(slides|sheets|dia'?s|powerpoint|ppt|opname|terugkijken|terug te kijken|hand-?out|(presentatie|materiaal|link)\b.{0,40}\b(delen|gedeeld|rondsturen|rondgestuurd|toegestuurd|opgestuurd|mailen|gemaild|ontvangen|krijgen|sturen|beschikbaar)|(delen|sturen|mailen|krijgen|ontvangen)\b.{0,25}\b(presentatie|slides|sheets))\b", RegexOptions.IgnoreCase)]
    private static partial Regex SlidesRequest();

    [GeneratedRegex(@"\b(hoe laat|pauze|wanneer (is|begint|start|stopt|eindigt) (de|het) (pauze|sessie|webinar|volgende)|hoe lang (duurt|nog)|welke link|waar vind ik|kun je .{0,20}herhalen|kunt u .{0,20}herhalen|kan je .{0,20}herhalen|waar (is|staat) de|wat was de vraag|welke vraag|moet ik|kan ik (ook )?(nog )?(mee|inloggen|aansluiten)|deelnamecertificaat|certificaat|accreditatie|punten)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HostQuestion();

    public static OffTopicKind Classify(string text)
    {
        var clean = ChatText.Clean(text).Trim();
        if (clean.Length == 0) return OffTopicKind.Greeting;
        var wordCount = ChatText.Words(clean.ToLowerInvariant()).Count;
        if (SoundOrConnection().IsMatch(clean) && wordCount <= 20) return OffTopicKind.SoundOrConnection;
        if (SlidesRequest().IsMatch(clean) && wordCount <= 20) return OffTopicKind.SlidesRequest;
        if (clean.Contains('?', StringComparison.Ordinal) && HostQuestion().IsMatch(clean) && wordCount <= 20)
            return OffTopicKind.QuestionToHost;
        if (wordCount <= 12 && IsGreeting(clean)) return OffTopicKind.Greeting;
        return OffTopicKind.None;
    }

    private static bool IsGreeting(string clean)
    {
        var words = ChatText.Words(clean);
        var greeting = 0;
        var names = 0;
        foreach (var w in words)
        {
            if (GreetingWords.Contains(w)) greeting++;
            else if (GreetingFiller.Contains(w)) continue;
            // Names of people, towns and organisations are capitalised; two are allowed ("Groet, Anja uit Zwolle").
            else if (char.IsUpper(w[0]) && ++names <= 2) continue;
            else return false;
        }
        return greeting > 0;
    }
}
