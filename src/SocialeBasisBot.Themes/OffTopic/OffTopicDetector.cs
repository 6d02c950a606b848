using System.Text.RegularExpressions;
using SocialeBasisBot.Themes.Text;

namespace SocialeBasisBot.Themes.OffTopic;

/// <summary>
/// Chat lines that are not answers: greetings and thanks, sound and screen trouble, coming and going, requests for
/// the slides or the recording, practical questions to the host, jokes and test messages. A line is set apart when
/// its words about the session (<see cref="ChatLexicon"/>, and every word of a few telling phrases) outweigh its
/// content words at least two to one, so a real answer that mentions "presentatie", "verbinding" or "bedankt" in
/// passing keeps its content words and stays in the themes.
/// </summary>
public static partial class OffTopicDetector
{
    // Lines longer than this are answers with a remark attached, never only a remark.
    private const int MaxWords = 25;

    // Lines up to this length are "short" for the greeting and host-question rules below.
    private const int ShortLine = 12;

    // A first-person remark about one's own situation runs longer ("Om 15.00 heb ik een huisbezoek dus ik glip er
    // straks tussenuit"): its balance counts the speaker and the time words, so it may be as long as this.
    private const int SelfReportLine = 16;

    [GeneratedRegex(@"\b(hoor(en|t)? (je|jullie|u|niks|niets|het|niemand|iemand)|slecht te verstaan|niet te verstaan|beeld (valt|bevriest|hapert|staat stil)|valt (steeds )?weg|vallen (steeds )?weg|zie (het scherm|niks|niets|alleen)|(niet|slecht|nauwelijks|moeilijk) te (horen|zien|volgen)|hoor (alleen|steeds|vooral|nog steeds|veel) \w+|(microfoon|mic|camera)s? (van [\w ]{1,20} )?(staat|staan) (nog )?(aan|uit|open)|(staat|staan) (nog )?(de |je |een )?(microfoon|mic|camera)s?( van [\w ]{1,20})? (nog )?(aan|uit|open)|can'?t hear|no sound)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SoundOrConnection();

    [GeneratedRegex(@"\b((presentatie|materiaal|link|slides|sheets|opname)\b.{0,40}\b(delen|gedeeld|rondsturen|rondgestuurd|toegestuurd|opgestuurd|mailen|gemaild|ontvangen|krijgen|sturen|beschikbaar|terugkijken|terug te (kijken|vinden))|(delen|sturen|mailen|krijgen|ontvangen)\b.{0,25}\b(presentatie|slides|sheets)|wordt (dit|het|de sessie) opgenomen)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SlidesRequest();

    [GeneratedRegex(@"\b(hoe laat|(hoe|tot) (laat|lang)|wanneer (is|begint|start|stopt|eindigt) (de|het) (pauze|sessie|webinar|volgende|tweede)|wat was de vraag|welke vraag|kun (je|jij) .{0,25}herhalen|kunt u .{0,25}herhalen|kan (je|jij) .{0,25}herhalen|ook alweer|moet ik|moeten we|mag ik|waar (vind|kan) ik|(ruimte|tijd|gelegenheid) voor vragen)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HostQuestion();

    [GeneratedRegex(@"\b(moet (ik )?(helaas |zo |om .{1,8} )?(weg|gaan|door)|zit(ten)? er (ook )?bij|ben (er )?(weer|even weg|er)|zo terug|later (aangesloten|ingestapt)|eerder weg|(kijk|kijken|luister|luisteren|lees|lezen)( \w+){0,3} mee\b|wie (is|zijn) er (nog )?(meer |ook )?(uit|van|vanuit|bij))\b", RegexOptions.IgnoreCase)]
    private static partial Regex ArrivingOrLeaving();

    public static OffTopicKind Classify(string text)
    {
        var clean = ChatText.Clean(text).Trim();
        var asks = clean.Contains('?', StringComparison.Ordinal) || ChatSentence.OpensAsQuestion(ChatText.Words(clean));
        if (clean.Length == 0) return OffTopicKind.Greeting;
        if (ChatText.Words(clean).Count > MaxWords) return OffTopicKind.None;
        // The words of a telling phrase ("hoor niks", "moet om 11 uur weg") all count as talk about the session.
        var (phrase, match) = Phrase(clean, asks);
        var rest = match is null ? clean : clean.Remove(match.Index, match.Length);
        var classes = ChatLexicon.Classify(rest);
        var content = classes.Count(c => c == ChatWordClass.Content);
        var signals = classes.Count(c => c >= ChatWordClass.Social) + (match is null ? 0 : ChatText.Words(match.Value).Count);
        if (signals == 0) return OffTopicKind.None;
        if (content * 2 <= signals) return phrase != OffTopicKind.None ? phrase : Dominant(classes);
        // A short line that opens with a greeting and adds one ordinary word ("Goedemorgen Ellen en de rest") is a
        // greeting; a short question with as many session words as content words ("Is er een pauze tussendoor?")
        // asks the host. Both are the balance rule with one content word less weight, only where chat is short.
        var words = classes.Count + (match is null ? 0 : ChatText.Words(match.Value).Count);
        if (words <= SelfReportLine && SelfReport(clean, rest, classes, content, signals)) return phrase != OffTopicKind.None ? phrase : Dominant(classes);
        if (words <= ShortLine && content <= 1 && ChatLexicon.OpensWithGreeting(clean)) return OffTopicKind.Greeting;
        if (words <= ShortLine && asks && content <= classes.Count(c => c == ChatWordClass.Session))
            return OffTopicKind.QuestionToHost;
        return OffTopicKind.None;
    }

    // A short first-person remark about the speaker's own situation (ChatSentence): "ik" and the time words that
    // point at the meeting ("nu", "straks", "later") weigh as talk about taking part, in the same 2 : 1 balance.
    private static bool SelfReport(string clean, string rest, IReadOnlyList<ChatWordClass> classes, int content, int signals)
    {
        var sentence = ChatSentence.Read(ChatText.Words(clean));
        if (!sentence.IsSelfReport || (signals == 0 && sentence.HereAndNowWords == 0)) return false;
        var restWords = ChatText.Words(rest);
        var timeAsContent = Enumerable.Range(0, classes.Count).Count(i => classes[i] == ChatWordClass.Content && ChatSentence.IsHereAndNow(restWords[i]));
        return (content - timeAsContent) * 2 <= signals + sentence.SpeakerWords + sentence.HereAndNowWords;
    }

    private static (OffTopicKind Kind, Match? Match) Phrase(string clean, bool asks)
    {
        var rules = new (OffTopicKind Kind, Regex Pattern)[]
        {
            (OffTopicKind.SoundOrConnection, SoundOrConnection()),
            (OffTopicKind.SlidesRequest, SlidesRequest()),
            (OffTopicKind.QuestionToHost, HostQuestion()),
            (OffTopicKind.ArrivingOrLeaving, ArrivingOrLeaving()),
        };
        foreach (var (kind, pattern) in rules)
        {
            // A practical question to the host is a question.
            if (kind == OffTopicKind.QuestionToHost && !asks) continue;
            if (pattern.Match(clean) is { Success: true } m) return (kind, m);
        }
        return (OffTopicKind.None, null);
    }

    private static OffTopicKind Dominant(IReadOnlyList<ChatWordClass> classes)
    {
        // Only the speaker and the time said it ("ik kom iets later binnen"): coming or going.
        if (!classes.Any(c => c >= ChatWordClass.Social)) return OffTopicKind.ArrivingOrLeaving;
        var best = classes.Where(c => c >= ChatWordClass.Social).GroupBy(c => c)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
        return best switch
        {
            ChatWordClass.Social => OffTopicKind.Greeting,
            ChatWordClass.Technical => OffTopicKind.SoundOrConnection,
            ChatWordClass.Presence => OffTopicKind.ArrivingOrLeaving,
            _ => OffTopicKind.Chatter,
        };
    }
}
