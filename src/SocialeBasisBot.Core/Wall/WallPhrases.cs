using System.Globalization;

namespace SocialeBasisBot.Wall;

/// <summary>The wall's words, Dutch first and English second (the chat's sentences stay in Sessions/Phrases).</summary>
public sealed record WallPhrases
{
    public static readonly WallPhrases Dutch = new()
    {
        Lang = "nl",
        Title = "Themamuur",
        Waiting = "De sessie is begonnen; de eerste vraag komt zo.",
        Item = "Onderdeel",
        Of = "van",
        AnswersOne = "antwoord",
        AnswersMany = "antwoorden",
        ParticipantsOne = "deelnemer",
        ParticipantsMany = "deelnemers",
        Provisional = "voorlopig",
        ProvisionalNote = "Voorlopige thema's: ze veranderen nog terwijl er antwoorden binnenkomen.",
        Final = "Thema's na het sluiten van de vraag.",
        TooFew = "Nog te weinig antwoorden voor thema's.",
        NoThemesYet = "De thema's worden gemaakt…",
        Other = "Overig",
        OffTopic = "Buiten het onderwerp",
        Poll = "Peiling",
        Information = "Informatie",
        Ended = "De sessie is afgelopen. Overzicht per bouwsteen:",
        OverviewPending = "Het overzicht wordt gemaakt…",
        NoQuestions = "Geen vragen bij deze bouwsteen.",
        ChartCaption = "Aantal antwoorden per thema",
        PollCaption = "Aantal deelnemers per optie",
        Unrecognised = "Niet te herkennen",
        NotFound = "Deze sessie bestaat niet (meer).",
        Live = "Live bijgewerkt",
        Disconnected = "Verbinding kwijt; de muur probeert het opnieuw.",
        LinkExpired = "Deze link is verlopen. Vraag de facilitator om een nieuwe (`muur`).",
        LinkInvalid = "Deze link is ongeldig.",
        AnswerHow = "Antwoord in de chat van de vergadering.",
        OtherChat = "Let op: deze muur hoort bij een sessie in een andere chat dan deze vergadering.",
        ClosesAtLabel = "Sluit om",
        TimeLeft = "nog {0}",
        ThemedOf = "Thema's uit {0} van de {1} antwoorden; na het sluiten uit alle.",
        CardButton = "Themamuur (begeleiders)",
        OpenWall = "Open de muur",
        BackToQuestion = "Terug naar de vraag",
        OnlyFacilitators = "De themamuur is voor de begeleiders van deze sessie: zij zetten hem op het gedeelde scherm. Je antwoord geef je gewoon in de chat of in de kaart.",
        SessionGone = "Deze kaart hoort bij een sessie die er niet meer is (verwijderd) of niet bij deze chat hoort, dus er is geen themamuur voor. `muur` geeft de muur van de sessie in deze chat.",
    };

    public static readonly WallPhrases English = new()
    {
        Lang = "en",
        Title = "Theme wall",
        Waiting = "The session has started; the first question is coming.",
        Item = "Item",
        Of = "of",
        AnswersOne = "answer",
        AnswersMany = "answers",
        ParticipantsOne = "participant",
        ParticipantsMany = "participants",
        Provisional = "provisional",
        ProvisionalNote = "Provisional themes: they still change while answers come in.",
        Final = "Themes after the question was closed.",
        TooFew = "Too few answers for themes yet.",
        NoThemesYet = "Themes are being made…",
        Other = "Other",
        OffTopic = "Off-topic",
        Poll = "Poll",
        Information = "Information",
        Ended = "The session has ended. Overview per building block:",
        OverviewPending = "The overview is being made…",
        NoQuestions = "No questions for this building block.",
        ChartCaption = "Answers per theme",
        PollCaption = "Participants per option",
        Unrecognised = "Not recognised",
        NotFound = "This session does not exist (any more).",
        Live = "Updated live",
        Disconnected = "Connection lost; the wall keeps trying.",
        LinkExpired = "This link has expired. Ask the facilitator for a new one (`wall`).",
        LinkInvalid = "This link is not valid.",
        AnswerHow = "Answer in the meeting chat.",
        OtherChat = "Note: this wall belongs to a session in another chat than this meeting's.",
        ClosesAtLabel = "Closes at",
        TimeLeft = "{0} left",
        ThemedOf = "Themes from {0} of the {1} answers; after closing from all of them.",
        CardButton = "Theme wall (facilitators)",
        OpenWall = "Open the wall",
        BackToQuestion = "Back to the question",
        OnlyFacilitators = "The theme wall is for this session's facilitators: they put it on the shared screen. Just give your answer in the chat or in the card.",
        SessionGone = "This card belongs to a session that no longer exists (deleted) or is not of this chat, so it has no theme wall. `wall` gives the wall of this chat's session.",
    };

    public required string Lang { get; init; }
    public required string Title { get; init; }
    public required string Waiting { get; init; }
    public required string Item { get; init; }
    public required string Of { get; init; }
    public required string AnswersOne { get; init; }
    public required string AnswersMany { get; init; }
    public required string ParticipantsOne { get; init; }
    public required string ParticipantsMany { get; init; }
    public required string Provisional { get; init; }
    public required string ProvisionalNote { get; init; }
    /// <summary>Said under provisional themes made from the newest answers only; {0} is how many.</summary>
    /// <summary>{0} answers themed of {1}: a provisional theming uses the newest answers the engine holds already.</summary>
    public required string ThemedOf { get; init; }
    public required string Final { get; init; }
    public required string TooFew { get; init; }
    public required string NoThemesYet { get; init; }
    public required string Other { get; init; }
    public required string OffTopic { get; init; }
    public required string Poll { get; init; }
    public required string Information { get; init; }
    public required string Ended { get; init; }
    public required string OverviewPending { get; init; }
    public required string NoQuestions { get; init; }
    public required string ChartCaption { get; init; }
    public required string PollCaption { get; init; }
    public required string Unrecognised { get; init; }
    public required string NotFound { get; init; }
    /// <summary>The wall button of a card whose session is gone or belongs to another chat (not "closed already").</summary>
    public required string SessionGone { get; init; }
    public required string Live { get; init; }
    public required string Disconnected { get; init; }
    public required string LinkExpired { get; init; }
    public required string LinkInvalid { get; init; }
    public required string AnswerHow { get; init; }
    public required string OtherChat { get; init; }
    public required string ClosesAtLabel { get; init; }
    /// <summary>The countdown wall.js writes next to the close time; "{0}" becomes "2:13".</summary>
    public required string TimeLeft { get; init; }
    /// <summary>The question card's button that gives a facilitator the wall's link (shown to everyone; Teams cannot hide it per person).</summary>
    public required string CardButton { get; init; }
    public required string OpenWall { get; init; }
    public required string BackToQuestion { get; init; }
    public required string OnlyFacilitators { get; init; }

    /// <summary>Dutch unless the language is explicitly English, as <see cref="Sessions.Phrases.For"/>.</summary>
    public static WallPhrases For(string? language) =>
        language is not null && language.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? English : Dutch;

    /// <summary>The chat message with the wall's link (Teams renders the Markdown link).</summary>
    public string LinkMessage(string programmeTitle, string url, DateTimeOffset until) => Lang == "en"
        ? string.Create(CultureInfo.InvariantCulture, $"Theme wall of {programmeTitle}: [open the wall]({url}) (works until {until:dd-MM HH:mm}). Share it on screen, or add the SocialeBasisBot tab to the meeting and paste this link there. It shows no names.")
        : string.Create(CultureInfo.InvariantCulture, $"Themamuur van {programmeTitle}: [open de muur]({url}) (werkt tot {until:dd-MM HH:mm}). Deel hem op het scherm, of voeg het SocialeBasisBot-tabblad toe aan de vergadering en plak deze link daar. Er staan geen namen op.");

    /// <summary>On the card with the wall's link that only the facilitator who pressed the button sees.</summary>
    public string LinkCardText(DateTimeOffset until) => Lang == "en"
        ? string.Create(CultureInfo.InvariantCulture, $"Only you see this link. Share the wall on screen, or paste the link in the SocialeBasisBot tab of the meeting. It shows no names and works until {until:dd-MM HH:mm}.")
        : string.Create(CultureInfo.InvariantCulture, $"Alleen jij ziet deze link. Deel de muur op het scherm, of plak de link in het SocialeBasisBot-tabblad van de vergadering. Er staan geen namen op; hij werkt tot {until:dd-MM HH:mm}.");

    public string Answers(int count) => Count(count, AnswersOne, AnswersMany);

    public string Participants(int count) => Count(count, ParticipantsOne, ParticipantsMany);

    private static string Count(int count, string one, string many) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? one : many)}");
}
