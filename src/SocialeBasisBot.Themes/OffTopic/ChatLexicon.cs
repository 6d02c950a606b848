using SocialeBasisBot.Themes.Text;

namespace SocialeBasisBot.Themes.OffTopic;

/// <summary>
/// The vocabulary of talk about a webinar rather than about its questions: greetings and thanks, sound and screen,
/// coming and going, the session's slides, recording, breaks and questions. Written from what people say in any
/// online meeting (not from the answers to this programme's questions), in the forms chat uses. No served Dutch
/// resource classifies words this way; FreeDict glosses would not tell "geluid" (sound trouble) from "stem".
/// </summary>
public static class ChatLexicon
{
    private static readonly Dictionary<string, ChatWordClass> Classes = Build(
        (ChatWordClass.Social,
        [
            "hoi", "hallo", "hai", "hey", "hi", "hello", "hoihoi", "goedemorgen", "goeiemorgen", "morgen", "morgens",
            "goedemiddag", "goeiemiddag", "middag", "goedenavond", "goeienavond", "avond", "dag", "daag", "welkom",
            "bedankt", "dank", "dankjewel", "dankjewel", "dankuwel", "danku", "merci", "thanks", "thank", "thx", "tnx",
            "groet", "groeten", "gegroet", "doei", "ciao", "ziens", "succes", "sorry", "excuses", "excuus", "pardon", "oeps", "oei",
            "haha", "hahaha", "hahahaha", "hihi", "lol", "grappig", "fijn", "fijne", "leuk", "leuke", "mooi", "mooie", "top",
            "super", "prima", "gaaf", "interessant", "interessante", "inspirerend", "inspirerende", "waardevol", "waardevolle",
            "boeiend", "boeiende", "leerzaam", "leerzame", "helder", "heldere", "duidelijk", "duidelijke", "uitleg",
            "verhaal", "gedaan", "benieuwd", "great", "nice", "compliment", "complimenten", "chapeau", "applaus",
            // Salutations in the forms chat uses ("moi" in the north-east, "hee", "goedendag").
            "goedendag", "goeiedag", "moi", "moin", "hee", "hej", "heey", "hoii", "weekend",
            "present", "aanwezig", "zonnig", "zonnige", "regenachtig", "regenachtige", "koffie", "thee", "lunch", "honger",
            "trek", "broodje", "koek", "koekje", "koekjes", "taart", "borrel",
            "shirt", "trui", "kat", "hond", "buurman", "buurvrouw", "boren",
        ]),
        (ChatWordClass.Technical,
        [
            "geluid", "audio", "beeld", "video", "scherm", "schermen", "microfoon", "microfoons", "mic", "volume", "echo",
            "ruis", "piep", "gepiep", "gekraak", "kraakt", "internet", "wifi", "wi-fi", "verbinding", "netwerk", "camera",
            "webcam", "toetsenbord", "typen", "getyp", "tekens", "bevroren", "bevriest", "hapert", "haperen", "haperende",
            "hapering", "synchroon", "zacht", "zachter", "stil", "zwart", "zwarte", "vast", "vastgelopen", "crasht",
            "gecrasht", "herstart", "herstarten", "mute", "muted", "gemute", "unmute", "dempen", "gedempt", "verstaan", "verstaanbaar", "sound", "hear", "robot", "browser", "app", "teams", "zoom", "test",
            "testbericht", "testje", "bericht", "misklik", "getypt", "typfout", "headset", "koptelefoon", "batterij",
            "laptop", "telefoon", "wegvallen", "valt", "vallen", "gedeeld", "delen", "deelt", "stukjes", "gezicht", "gezichten",
            "harder", "luider", "galm", "galmt", "galmen", "ondertiteling", "ondertitels", "live", "inbellen", "ingebeld",
            "checken", "gecheckt",
        ]),
        (ChatWordClass.Presence,
        [
            "weg", "terug", "eerder", "aangesloten", "aansluiten", "ingelogd", "inloggen", "ingestapt", "instappen",
            "afspraak", "file", "vertraging", "telefoontje", "deurbel", "brb", "trein", "auto", "tussenuit",
            "gemist", "missen", "begonnen", "beginnen", "begint", "gestart", "stoppen", "stoppe", "stopt", "afsluiten",
            "vertrekken", "moeite", "ziek", "luister", "luisteren", "meeluisteren", "meekijken", 
            "haak", "mis", "kwartiertje", "binnenkomen", "binnengekomen", "verdwijn", "verdwijnen", "verdwenen",
        ]),
        (ChatWordClass.Session,
        [
            "presentatie", "presentaties", "sessie", "sessies", "webinar", "webinars", "workshop", "ochtend", "middagje",
            "bijeenkomst", "bijeenkomsten", "organisatie", "organisatoren", "spreker", "sprekers", "presentator",
            "dagvoorzitter", "host", "dia", "dia's", "slides", "slide", "sheets", "sheet", "powerpoint", "ppt", "opname",
            "opnames", "opnemen", "opgenomen", "terugkijken", "terugkijk", "teruggekeken", "materiaal", "materialen", "link",
            "links", "bron", "bronnen", "chat", "chatten", "breakout", "break-out", "room", "rooms", "subgroep", "pauze",
            "pauzes", "vraag", "formulier", "knop", "certificaat", "deelnamecertificaat", "deelnamebewijs", 
            "accreditatie", "accreditatiepunten", "uitnodiging", "aanmelden", "aanmelding", "inschrijven", "mailadres",
            "mail", "mailen", "gemaild", "e-mail", "email", "doorsturen", "rondsturen", "rondgestuurd", "toegestuurd",
            "opgestuurd", "sturen", "downloaden", "website", "deel", "vervolgsessie", "vervolg", "vervolgbijeenkomst",
            "volgende", "alweer", "herhalen", "beantwoorden", "reageren", "anoniem", "bewaard", "bewaren", "afloop",
            "agenda", "programma", "verkeerde", "bedoeld", "typ", "stuur", "antwoord", "vragen", "antwoorden", "vorige",
            "pdf", "hand-out", "handout", "site", "moderator", "negeer", "negeren",
        ]),
        // Words that say nothing either way: who is addressed, particles of separable verbs, time adverbs.
        (ChatWordClass.Neutral,
        [
            "allen", "iedereen", "allemaal", "all", "everyone", "you", "mee", "af", "helaas", "vandaag", "gezien", "gehad",
            "rest", "alvast", "achteraf", "ineens",
            // Prepositions, numerals, interrogatives and chat shorthand the stop word list lacks.
            "vanuit", "vanaf", "tussen", "twee", "drie", "vier", "vijf", "tien", "hoeveel", "welk", "hoelang", "mss", "ff",
            // Ordinals are numbers ("wat was de tweede vraag?").
            "eerste", "tweede", "derde", "vierde", "vijfde", "laatste",
        ]));

    // Greeting words that are ordinary nouns elsewhere ("morgen" is tomorrow, "Dag van de Vrijwilliger").
    private static readonly HashSet<string> GreetingOnlyFirst = new(StringComparer.Ordinal) { "dag", "morgen", "middag", "avond", "weekend" };

    // Words that introduce an affiliation in an introduction: "Anja van de vrijwilligerscentrale Zwolle".
    private static readonly HashSet<string> AffiliationStarts = new(StringComparer.Ordinal) { "van", "namens", "vanuit", "uit", "bij" };

    // Words that open a greeting: salutations, not praise or thanks ("Fijn dat …", "Dank …" open answers too).
    private static readonly HashSet<string> Greetings = new(StringComparer.Ordinal)
    {
        "hoi", "hallo", "hai", "hey", "hi", "hello", "hoihoi", "goedemorgen", "goeiemorgen", "morgen", "goedemiddag",
        "goeiemiddag", "middag", "goedenavond", "goeienavond", "dag", "daag", "welkom", "goedendag", "goeiedag", "moi",
        "moin", "hee", "hej", "heey", "hoii",
    };

    // What praise is about ("mooi verhaal", "een goed verhaal", "heldere uitleg"): social only after a word that
    // describes it, not after an article or a pointing word, so "ik mis de mantelzorgers in dit verhaal" keeps its
    // content.
    private static readonly HashSet<string> PraisedOnly = new(StringComparer.Ordinal) { "verhaal", "uitleg" };

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "de", "het", "een", "dit", "dat", "die", "deze", "mijn", "je", "jouw", "uw", "zijn", "haar", "ons", "onze", "hun", "jullie",
    };

    // Personal pronouns and subordinators: a self-introduction's role and place come before any of them
    // ("Fatima, opbouwwerker in Rotterdam-Zuid"); "Hoi Sandra, wij merken dat …" is a reply, not an introduction.
    private static readonly HashSet<string> ClauseWords = new(StringComparer.Ordinal)
    {
        "ik", "wij", "we", "ze", "zij", "hij", "het", "jullie", "je", "jij", "u", "dat", "die", "omdat", "want", "maar",
    };

    /// <summary>True when the cleaned line's first word is a salutation ("Goeiemorgen! Ik kijk mee vanuit …").</summary>
    public static bool OpensWithGreeting(string clean) =>
        ChatText.Words(clean) is { Count: > 0 } words && Greetings.Contains(ChatText.Fold(words[0].ToLowerInvariant()));

    /// <summary>Classes of the words of a cleaned chat line, in order.</summary>
    public static IReadOnlyList<ChatWordClass> Classify(string clean)
    {
        var words = ChatText.Words(clean);
        var classes = new ChatWordClass[words.Count];
        var startsSocial = words.Count > 0 && Of(words[0]) == ChatWordClass.Social;
        // "Hoi, Sanne hier, coördinator …", "Hallo! Ik ben Joost, beleidsmedewerker bij …": a self-introduction's
        // name, role and place are who is speaking, not what they answer.
        var inAffiliation = startsSocial && IntroducesSelf(words);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var lower = ChatText.Fold(word.ToLowerInvariant());
            if (startsSocial && AffiliationStarts.Contains(lower)) inAffiliation = true;
            // A greeting noun greets as the first word or right after a kind word ("een fijne dag", "fijne middag nog").
            var afterSocial = i > 0 && classes[i - 1] == ChatWordClass.Social;
            var known = (i > 0 && GreetingOnlyFirst.Contains(lower) && !afterSocial) || (PraisedOnly.Contains(lower) && (i == 0 || Determiners.Contains(ChatText.Fold(words[i - 1].ToLowerInvariant())))) ? null
                : Of(word) ?? SeparableVerb(words, i) ?? CompoundWithVan(words, i)
                // Praise of the session: a past participle after a kind word ("heel fijn georganiseerd", "super goed geregeld").
                ?? (IsParticiple(lower) && LastSaid(classes, i) == ChatWordClass.Social ? ChatWordClass.Social : null);
            // An acronym (VOG, WMO, GGZ) is content; another capitalised word inside the line is a name.
            var acronym = word.Length >= 2 && word.All(char.IsUpper);
            classes[i] = known is { } c ? c
                : acronym ? ChatWordClass.Content
                : inAffiliation || (i > 0 && char.IsUpper(word[0])) || DutchStopWords.Contains(word) || lower.All(char.IsDigit) || lower.Length == 1
                    ? ChatWordClass.Neutral
                    : ChatWordClass.Content;
        }
        return classes;
    }

    // A word in the lexicon, in another number or as a diminutive, or a compound of two lexicon words.
    private static ChatWordClass? Of(string word)
    {
        var lower = ChatText.Fold(word.ToLowerInvariant());
        return Inflected(lower) ?? Compound(lower);
    }

    // "stukje"/"stukjes", "berichten"/"bericht", "afspraken"/"afspraak", "berichtje"/"bericht": Dutch plurals
    // (-en, -s, with the open syllable's vowel written twice again) and diminutives (-je, -tje, -jes).
    private static ChatWordClass? Inflected(string lower)
    {
        if (Classes.TryGetValue(lower, out var c)) return c;
        // Greetings and praise greet in the diminutive ("groetjes") but not in the plural ("dagen" are days,
        // "verhalen" stories).
        var diminutive = lower.EndsWith("je", StringComparison.Ordinal) || lower.EndsWith("jes", StringComparison.Ordinal);
        foreach (var stem in Stems(lower))
            if ((Classes.TryGetValue(stem, out c) || Classes.TryGetValue(stem + "s", out c)) && (c != ChatWordClass.Social || diminutive)) return c;
        return null;
    }

    private static IEnumerable<string> Stems(string lower)
    {
        if (lower.Length < 5) yield break;
        if (lower.EndsWith("je", StringComparison.Ordinal)) yield return lower + "s";
        if (lower.EndsWith("jes", StringComparison.Ordinal))
        {
            yield return lower[..^1];
            yield return lower[..^3];
        }
        if (lower.EndsWith("tje", StringComparison.Ordinal)) yield return lower[..^3];
        if (lower.EndsWith("je", StringComparison.Ordinal)) yield return lower[..^2];
        if (lower.EndsWith('s')) yield return lower[..^1];
        if (lower.EndsWith("en", StringComparison.Ordinal))
        {
            var stem = lower[..^2];
            yield return stem;
            // afspraken → afspraak; berichten stays bericht.
            if (stem.Length >= 3 && IsVowel(stem[^2]) && !IsVowel(stem[^3]) && !IsVowel(stem[^1])) yield return stem[..^1] + stem[^2] + stem[^1];
            // doubled consonant: stukken → stuk.
            if (stem.Length >= 3 && stem[^1] == stem[^2]) yield return stem[..^1];
        }
    }

    private static bool IsVowel(char ch) => ch is 'a' or 'e' or 'i' or 'o' or 'u';

    // A compound whose two parts are both session words ("chatberichten" = chat + berichten, "schermdeling"): Dutch
    // writes compounds as one word, and a compound of two words about the meeting is about the meeting.
    private static ChatWordClass? Compound(string lower)
    {
        for (var k = 3; k <= lower.Length - 4; k++)
        {
            var head = Inflected(lower[k..]);
            if (head is null or ChatWordClass.Neutral) continue;
            var modifier = Inflected(lower[..k]) ?? (lower[k - 1] == 's' ? Inflected(lower[..(k - 1)]) : null);
            if (modifier is not (null or ChatWordClass.Neutral)) return head;
        }
        return null;
    }

    // The greeting is followed by a name (capitalised, or after "ik ben") that is followed by "hier" or by a role
    // and a place ("in", "bij", "van" …) before any pronoun or subordinator.
    private static bool IntroducesSelf(IReadOnlyList<string> words)
    {
        static string Low(string w) => ChatText.Fold(w.ToLowerInvariant());
        var name = -1;
        for (var i = 1; i <= 3 && i < words.Count; i++)
        {
            var low = Low(words[i]);
            if (low is "ik" or "ben" or "mijn" or "naam" or "is") continue;
            if (char.IsUpper(words[i][0]) && Inflected(low) is null) name = i;
            break;
        }
        if (name < 0) return false;
        for (var j = name + 1; j < words.Count && j <= name + 5; j++)
        {
            var low = Low(words[j]);
            if (low == "hier" || AffiliationStarts.Contains(low) || low == "in") return true;
            if (ClauseWords.Contains(low)) return false;
        }
        return false;
    }

    // Particles of Dutch separable verbs, which a main clause puts at its end: "ik kijk de opname terug".
    private static readonly string[] Particles = ["terug", "mee", "in", "uit", "af", "aan", "op", "door", "weg", "binnen"];

    // A verb whose particle follows within four words takes the class of the joined verb in the lexicon
    // ("kijk … terug" = terugkijk, "sluit … aan" = aansluiten): the lexicon's separable verbs in either order.
    private static ChatWordClass? SeparableVerb(IReadOnlyList<string> words, int i)
    {
        var verb = ChatText.Fold(words[i].ToLowerInvariant());
        for (var j = i + 1; j < words.Count && j <= i + 4; j++)
        {
            var particle = ChatText.Fold(words[j].ToLowerInvariant());
            if (!Particles.Contains(particle)) continue;
            if ((Of(particle + verb) ?? Of(particle + verb + "en")) is { } c) return c;
        }
        return null;
    }

    // "bewijs van deelname" is the lexicon's "deelnamebewijs": Dutch says a compound also as "X van Y".
    private static ChatWordClass? CompoundWithVan(IReadOnlyList<string> words, int i)
    {
        static string Low(string w) => ChatText.Fold(w.ToLowerInvariant());
        if (i + 2 < words.Count && Low(words[i + 1]) == "van" && Of(Low(words[i + 2]) + Low(words[i])) is { } c) return c;
        if (i >= 2 && Low(words[i - 1]) == "van" && Of(Low(words[i]) + Low(words[i - 2])) is { } d) return d;
        return null;
    }

    // The class of the nearest word before i that is not neutral ("super goed geregeld": "goed" is a stop word).
    private static ChatWordClass? LastSaid(ChatWordClass[] classes, int i)
    {
        for (var j = i - 1; j >= 0; j--)
            if (classes[j] != ChatWordClass.Neutral) return classes[j];
        return null;
    }

    private static bool IsParticiple(string lower) =>
        lower.Length > 5 && lower.StartsWith("ge", StringComparison.Ordinal) && lower[^1] is 'd' or 't';

    private static Dictionary<string, ChatWordClass> Build(params (ChatWordClass Class, string[] Words)[] lists)
    {
        var map = new Dictionary<string, ChatWordClass>(StringComparer.Ordinal);
        foreach (var (c, words) in lists)
            foreach (var w in words) map.TryAdd(ChatText.Fold(w), c);
        return map;
    }
}
