using SocialeBasisBot.Sessions;

namespace SocialeBasisBot.Corrections;

/// <summary>What the bot says about theme corrections, Dutch first, English second (beside <see cref="Phrases"/>).</summary>
public sealed class CorrectionPhrases
{
    public static readonly CorrectionPhrases Dutch = new(english: false);
    public static readonly CorrectionPhrases English = new(english: true);

    private readonly bool english;

    private CorrectionPhrases(bool english) => this.english = english;

    public static CorrectionPhrases For(Phrases say) => ReferenceEquals(say, Phrases.English) ? English : Dutch;

    public string CorrectButton => english ? "Correct themes" : "Thema's corrigeren";

    public string OnlyFacilitators => english
        ? "Only the facilitator can correct the themes. What you see is what everyone sees."
        : "Alleen de facilitator kan de thema's corrigeren. Wat je ziet, ziet iedereen.";

    public string Gone => english
        ? "This summary is no longer there (the session was removed)."
        : "Deze samenvatting is er niet meer (de sessie is verwijderd).";

    public string NothingToCorrect => english
        ? "There are no themes to correct here: too few answers."
        : "Hier zijn geen thema's om te corrigeren: te weinig antwoorden.";

    public string Title(string question) => english ? $"Correct the themes: {question}" : $"Thema's corrigeren: {question}";

    public string Explanation => english
        ? "Only you see this. Each correction is kept next to the bot's themes and updates the summary for everyone; the export shows both."
        : "Alleen jij ziet dit. Elke correctie wordt naast de thema's van de bot bewaard en werkt de samenvatting voor iedereen bij; de export toont beide.";

    // Short: Teams shows the four buttons of the view side by side.
    public string Rename => english ? "Rename" : "Hernoemen";
    public string Merge => english ? "Merge" : "Samenvoegen";
    public string Move => english ? "Move" : "Verplaatsen";
    public string Done => english ? "Done" : "Klaar";
    public string Save => english ? "Save" : "Opslaan";
    public string ThemeLabel => english ? "Theme" : "Thema";
    public string NewName => english ? "New name" : "Nieuwe naam";
    public string MergeFrom => english ? "Merge this theme…" : "Voeg dit thema…";
    public string MergeInto => english ? "…into this one" : "…samen met dit thema";
    public string AnswerLabel => english ? "Answer" : "Antwoord";
    public string MoveTo => english ? "Move to" : "Verplaatsen naar";
    public string OtherTheme => english ? "Other" : "Overig";
    public string OffTopicTheme => english ? "Off-topic" : "Buiten het onderwerp";
    public string Corrected => english ? "Themes corrected by the facilitator." : "Thema's gecorrigeerd door de facilitator.";

    public string Renamed(string label) => english ? $"Renamed to “{label}”." : $"Hernoemd naar “{label}”.";
    public string Merged(string from, string into) => english ? $"“{from}” merged into “{into}”." : $"“{from}” samengevoegd met “{into}”.";
    public string Moved(string to) => english ? $"Answer moved to “{to}”." : $"Antwoord verplaatst naar “{to}”.";

    /// <summary>Corrections whose theme no theme of today's grouping matches: not applied, and said so.</summary>
    public string Unmatched(int count) => (english, count) switch
    {
        (true, 1) => "1 correction was not applied: the bot grouped the answers again, and no theme now holds most of the answers it was made on.",
        (true, _) => $"{count} corrections were not applied: the bot grouped the answers again, and no theme now holds most of the answers they were made on.",
        (false, 1) => "1 correctie is niet toegepast: de bot heeft de antwoorden opnieuw ingedeeld, en geen thema bevat nu de meeste antwoorden waarop ze gemaakt is.",
        (false, _) => $"{count} correcties zijn niet toegepast: de bot heeft de antwoorden opnieuw ingedeeld, en geen thema bevat nu de meeste antwoorden waarop ze gemaakt zijn.",
    };

    public string Invalid => english
        ? "That correction does not fit the themes as they are now; nothing was changed."
        : "Die correctie past niet bij de thema's zoals ze nu zijn; er is niets veranderd.";

    public string NameRequired => english
        ? "Give the theme a name of 1 to 80 characters."
        : "Geef het thema een naam van 1 tot 80 tekens.";
}
