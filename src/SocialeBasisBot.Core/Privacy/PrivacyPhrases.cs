using System.Globalization;
using System.Text;
using SocialeBasisBot.Sessions;

namespace SocialeBasisBot.Privacy;

/// <summary>What the bot says about participants' data, Dutch first, English second (beside <see cref="Phrases"/>).</summary>
public sealed class PrivacyPhrases
{
    public static readonly PrivacyPhrases Dutch = new(english: false);
    public static readonly PrivacyPhrases English = new(english: true);

    private readonly bool english;

    private PrivacyPhrases(bool english) => this.english = english;

    public static PrivacyPhrases For(Phrases say) => ReferenceEquals(say, Phrases.English) ? English : Dutch;

    public string OnlyInPersonalChat => english
        ? "That works only in a 1:1 chat with me, so nobody else sees your data."
        : "Dat kan alleen in een 1-op-1-chat met mij, zodat niemand anders je gegevens ziet.";

    public string NothingKept => english
        ? "I keep no answers of yours."
        : "Ik bewaar geen antwoorden van je.";

    public string Kept(IReadOnlyList<SessionAnswerCount> counts, string downloadUrl, DateTimeOffset expires)
    {
        var text = new StringBuilder(english ? "What I keep about you: your answers (and your name with them).\n\n" : "Wat ik van je bewaar: je antwoorden (met je naam erbij).\n\n");
        foreach (var c in counts)
        {
            text.Append(CultureInfo.InvariantCulture, $"- {c.StartedAt:yyyy-MM-dd} · {c.ProgrammeId}: {c.Answers} {(english ? (c.Answers == 1 ? "answer" : "answers") : (c.Answers == 1 ? "antwoord" : "antwoorden"))}\n");
        }

        text.Append(english
            ? string.Create(CultureInfo.InvariantCulture, $"\n[Download your answers (CSV)]({downloadUrl}) (link works until {expires:yyyy-MM-dd HH:mm} UTC). `delete my answers` removes them.")
            : string.Create(CultureInfo.InvariantCulture, $"\n[Download je antwoorden (CSV)]({downloadUrl}) (link werkt tot {expires:yyyy-MM-dd HH:mm} UTC). `verwijder mijn antwoorden` wist ze."));
        return text.ToString();
    }

    /// <param name="sessionsUrl">The signed link to "Mijn sessies"; null when the chat gave no tenant.</param>
    public string StartedSessions(int sessions, string? sessionsUrl, DateTimeOffset? expires)
    {
        var text = english
            ? $"You started {sessions} {(sessions == 1 ? "session" : "sessions")}; they keep your name with them."
            : $"Je startte {sessions} {(sessions == 1 ? "sessie" : "sessies")}; daarbij staat je naam.";
        if (sessionsUrl is null)
            return text;
        return text + (english
            ? string.Create(CultureInfo.InvariantCulture, $" [See, compare and delete them on My sessions]({sessionsUrl}) (link works until {expires:yyyy-MM-dd HH:mm} UTC; in Teams, the bot's My sessions tab).")
            : string.Create(CultureInfo.InvariantCulture, $" [Bekijk, vergelijk en wis ze op Mijn sessies]({sessionsUrl}) (link werkt tot {expires:yyyy-MM-dd HH:mm} UTC; in Teams: het tabblad Mijn sessies van de bot)."));
    }

    public string OrganiserPage(string sessionsUrl, DateTimeOffset expires) => english
        ? string.Create(CultureInfo.InvariantCulture, $"As an organiser: [your organisation's sessions on My sessions]({sessionsUrl}) (link works until {expires:yyyy-MM-dd HH:mm} UTC).")
        : string.Create(CultureInfo.InvariantCulture, $"Als organisator: [de sessies van je organisatie op Mijn sessies]({sessionsUrl}) (link werkt tot {expires:yyyy-MM-dd HH:mm} UTC).");

    public string ConfirmDeleteAnswers(int answers) => english
        ? $"Delete all {answers} of your answers, in every session? This cannot be undone; exports made from now on will not have them."
        : $"Al je {answers} antwoorden wissen, in alle sessies? Dit kan niet ongedaan worden; exports vanaf nu bevatten ze niet meer.";

    public string AnswersDeleted(DeletionResult result) => english
        ? $"Done: {result.Answers} answers deleted from {result.Sessions} sessions. Summaries made from now on leave them out."
        : $"Gedaan: {result.Answers} antwoorden gewist uit {result.Sessions} sessies. Samenvattingen vanaf nu laten ze weg.";

    public string ConfirmDeleteSession(string programme, DateTimeOffset started, int answers) => english
        ? $"Delete the session of {programme} started {started:yyyy-MM-dd HH:mm} UTC, with its {answers} answers? This cannot be undone."
        : $"De sessie van {programme} gestart {started:yyyy-MM-dd HH:mm} UTC wissen, met de {answers} antwoorden? Dit kan niet ongedaan worden.";

    public string SessionDeleted(DeletionResult result) => english
        ? $"Done: the session and its {result.Answers} answers are deleted."
        : $"Gedaan: de sessie en de {result.Answers} antwoorden zijn gewist.";

    public string NoSessionToDelete => english
        ? "There is no session here that you may delete."
        : "Er is hier geen sessie die jij mag wissen.";

    public string DeleteWhat => english
        ? "Delete what? `delete my answers` (in a 1:1 chat with me) or `delete session`."
        : "Wat wissen? `verwijder mijn antwoorden` (in een 1-op-1-chat met mij) of `verwijder sessie`.";

    public string Confirm => english ? "Yes, delete" : "Ja, wissen";

    public string Cancelled => english ? "Nothing was deleted." : "Er is niets gewist.";

    public string Cancel => english ? "No" : "Nee";
}
