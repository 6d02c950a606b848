namespace SocialeBasisBot.Meetings;

/// <summary>The in-meeting notification's words, Dutch first and English second: the chat line, the bubble and its page.</summary>
public sealed record NoticePhrases
{
    public static readonly NoticePhrases Dutch = new()
    {
        Lang = "nl",
        BubbleTitle = "Nieuwe vraag",
        Kicker = "Nieuwe vraag in de vergadering",
        HowToAnswer = "Typ je antwoord gewoon in de chat van de vergadering, of vul de kaart met de vraag in de chat in. " +
            "Een antwoord via de kaart ziet alleen de begeleider.",
        Closed = "Deze vraag is inmiddels gesloten.",
        Done = "Oké",
        LinkExpired = "Deze link is verlopen.",
        LinkInvalid = "Deze link is ongeldig.",
        NotFound = "Deze vraag bestaat niet (meer).",
    };

    public static readonly NoticePhrases English = new()
    {
        Lang = "en",
        BubbleTitle = "New question",
        Kicker = "New question in the meeting",
        HowToAnswer = "Just type your answer in the meeting chat, or fill in the question's card in the chat. " +
            "Only the facilitator sees an answer sent with the card.",
        Closed = "This question has closed meanwhile.",
        Done = "OK",
        LinkExpired = "This link has expired.",
        LinkInvalid = "This link is not valid.",
        NotFound = "This question does not exist (any more).",
    };

    /// <summary>English for "en…", Dutch otherwise (as the chat's <see cref="Sessions.Phrases.For"/>).</summary>
    public static NoticePhrases For(string? language) =>
        language is not null && language.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? English : Dutch;

    public required string Lang { get; init; }
    public required string BubbleTitle { get; init; }
    public required string Kicker { get; init; }
    public required string HowToAnswer { get; init; }
    public required string Closed { get; init; }
    public required string Done { get; init; }
    public required string LinkExpired { get; init; }
    public required string LinkInvalid { get; init; }
    public required string NotFound { get; init; }

    /// <summary>The notification's own chat message (Teams also posts it in the chat): the question's title and where to answer.</summary>
    public string ChatLine(string title) => Lang == "en"
        ? $"New question: **{title}**. Answer in this chat or in the question's card."
        : $"Nieuwe vraag: **{title}**. Antwoord in deze chat of in de kaart met de vraag.";

    public string ClosesAt(DateTimeOffset local) => Lang == "en" ? $"Closes at {local:HH:mm}" : $"Sluit om {local:HH:mm}";
}
