using System.Globalization;
using SocialeBasisBot.Sessions;

namespace SocialeBasisBot.Organisers;

/// <summary>Every word of the sessions page, Dutch first and English second (<c>?lang=en</c>).</summary>
public sealed record OrganiserPhrases
{
    public required string Lang { get; init; }
    public required string Title { get; init; }
    public required string OtherLanguage { get; init; }
    public required string OtherLanguageCode { get; init; }
    public required string SigningIn { get; init; }
    public required string NotSignedIn { get; init; }
    public required string NotFound { get; init; }
    public required string Failed { get; init; }
    public required string Loading { get; init; }
    public required string Sessions { get; init; }
    public required string NoSessions { get; init; }
    public required string WholeTenant { get; init; }
    public required string OwnOnly { get; init; }
    public required string Date { get; init; }
    public required string Programme { get; init; }
    public required string Chat { get; init; }
    public required string Answers { get; init; }
    public required string Participants { get; init; }
    public required string Actions { get; init; }
    public required string Show { get; init; }
    public required string Compare { get; init; }
    public required string ThemesPerBlock { get; init; }
    public required string NoThemes { get; init; }
    public required string Downloads { get; init; }
    public required string Delete { get; init; }
    public required string ConfirmYes { get; init; }
    public required string ConfirmNo { get; init; }
    public required string Deleted { get; init; }
    public required string Comparison { get; init; }
    public required string ComparisonNote { get; init; }
    public required string NothingToCompare { get; init; }
    public required string Running { get; init; }
    public required Func<string, string> ChatKindName { get; init; }
    public required Func<int, string, string> ConfirmDelete { get; init; }
    public required Func<int, string> SessionCount { get; init; }
    public required Func<string, string> CompareCaption { get; init; }

    public CultureInfo Culture => CultureInfo.GetCultureInfo(Lang == "en" ? "en-GB" : "nl-NL");

    public static OrganiserPhrases For(string? lang) => lang == "en" ? English : Dutch;

    public string Kind(ChatKind? kind) => ChatKindName(kind?.ToString() ?? "");

    public static OrganiserPhrases Dutch { get; } = new()
    {
        Lang = "nl",
        Title = "Mijn sessies",
        OtherLanguage = "English",
        OtherLanguageCode = "en",
        SigningIn = "Aanmelden…",
        NotSignedIn = "U bent niet aangemeld, of de link is verlopen. Open het tabblad Mijn sessies in Teams, of typ mijn gegevens in een 1-op-1-chat met de bot voor een nieuwe link.",
        NotFound = "Deze sessie bestaat niet (meer), of u mag haar niet zien.",
        Failed = "Er ging iets mis. Probeer het later opnieuw.",
        Loading = "Bezig met laden…",
        Sessions = "Sessies",
        NoSessions = "Er zijn nog geen sessies die u mag zien.",
        WholeTenant = "U ziet als organisator alle sessies van uw organisatie.",
        OwnOnly = "U ziet de sessies die u zelf startte.",
        Date = "Datum",
        Programme = "Programma",
        Chat = "Chat",
        Answers = "Antwoorden",
        Participants = "Deelnemers",
        Actions = "Acties",
        Show = "Bekijk",
        Compare = "Vergelijk",
        ThemesPerBlock = "Thema's per bouwsteen",
        NoThemes = "Nog geen thema's: te weinig antwoorden.",
        Downloads = "Downloads",
        Delete = "Verwijder deze sessie",
        ConfirmYes = "Ja, verwijder",
        ConfirmNo = "Nee, bewaren",
        Deleted = "De sessie en haar antwoorden zijn verwijderd.",
        Comparison = "Vergelijking",
        ComparisonNote = "Aantal antwoorden per verwacht thema, per sessie (oudste eerst).",
        NothingToCompare = "Dit programma heeft geen vragen met verwachte thema's.",
        Running = "loopt nog",
        ChatKindName = k => k switch { "Meeting" => "vergadering", "Channel" => "kanaal", "Personal" => "1-op-1-chat", "GroupChat" => "groepschat", _ => "chat" },
        ConfirmDelete = (answers, title) => $"Weet u het zeker? De sessie {title} wordt met haar {answers} antwoorden definitief gewist.",
        SessionCount = n => n == 1 ? "1 sessie" : $"{n} sessies",
        CompareCaption = title => $"Sessies van {title} naast elkaar",
    };

    public static OrganiserPhrases English { get; } = new()
    {
        Lang = "en",
        Title = "My sessions",
        OtherLanguage = "Nederlands",
        OtherLanguageCode = "nl",
        SigningIn = "Signing in…",
        NotSignedIn = "You are not signed in, or the link has expired. Open the My sessions tab in Teams, or type my data in a 1:1 chat with the bot for a new link.",
        NotFound = "This session does not exist (any more), or you may not see it.",
        Failed = "Something went wrong. Please try again later.",
        Loading = "Loading…",
        Sessions = "Sessions",
        NoSessions = "There are no sessions you may see yet.",
        WholeTenant = "As an organiser you see every session of your organisation.",
        OwnOnly = "You see the sessions you started.",
        Date = "Date",
        Programme = "Programme",
        Chat = "Chat",
        Answers = "Answers",
        Participants = "Participants",
        Actions = "Actions",
        Show = "Show",
        Compare = "Compare",
        ThemesPerBlock = "Themes per building block",
        NoThemes = "No themes yet: too few answers.",
        Downloads = "Downloads",
        Delete = "Delete this session",
        ConfirmYes = "Yes, delete",
        ConfirmNo = "No, keep it",
        Deleted = "The session and its answers have been deleted.",
        Comparison = "Comparison",
        ComparisonNote = "Answers per expected theme, per session (oldest first).",
        NothingToCompare = "This programme has no questions with expected themes.",
        Running = "still running",
        ChatKindName = k => k switch { "Meeting" => "meeting", "Channel" => "channel", "Personal" => "1:1 chat", "GroupChat" => "group chat", _ => "chat" },
        ConfirmDelete = (answers, title) => $"Are you sure? The session {title} is deleted for good, with its {answers} answers.",
        SessionCount = n => n == 1 ? "1 session" : $"{n} sessions",
        CompareCaption = title => $"Sessions of {title} side by side",
    };
}
