using System.Globalization;
using SocialeBasisBot.Sessions.Commands;

namespace SocialeBasisBot.Sessions;

/// <summary>
/// Everything the bot says in words, Dutch first and English second. Kept in one place so wording stays
/// consistent and a translation can be checked side by side.
/// </summary>
public sealed class Phrases
{
    public static readonly Phrases Dutch = new(english: false);
    public static readonly Phrases English = new(english: true);

    private readonly bool english;

    private Phrases(bool english) => this.english = english;

    /// <summary>Dutch unless the programme (or command) is explicitly English; a Teams client's locale is not used,
    /// because one participant's English Teams would otherwise switch the whole room's language.</summary>
    public static Phrases For(string? language) =>
        language is not null && language.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? English : Dutch;

    /// <summary>The code <see cref="For"/> reads back: kept with a queued summary, which is made later.</summary>
    public string Language => english ? "en" : "nl";

    public CultureInfo Culture => CultureInfo.GetCultureInfo(english ? "en-GB" : "nl-NL");

    public string NotAllowed(string starter) => english
        ? $"Sorry, only the facilitators of this session can do that (the session was started by {starter}). Just type your answers in the chat."
        : $"Sorry, alleen de begeleiders van deze sessie kunnen dat doen (de sessie is gestart door {starter}). Typ je antwoorden gewoon in de chat.";

    /// <summary>Follows an @mention of the person: lower case, and no blame.</summary>
    public string OnlyMeetingLeads => english
        ? "thanks for joining in! In this meeting only the organizer, co-organizers and presenters can start and run the session. Your answers are very welcome: just type them in the chat."
        : "fijn dat je meedoet! In deze vergadering kunnen alleen de organisator, co-organisatoren en presentatoren de sessie starten en besturen. Je antwoorden zijn van harte welkom: typ ze gewoon in de chat.";

    public string NotAllowedToStart => english
        ? "Sorry, only the facilitators named in the bot's configuration can start a session here."
        : "Sorry, alleen de begeleiders die in de instellingen van de bot staan kunnen hier een sessie starten.";

    public string NoSession => english
        ? "There is no session running here. Type `start` to begin the programme, or `help` for the commands."
        : "Er loopt hier geen sessie. Typ `start` om het programma te beginnen, of `help` voor de commando's.";

    public string AlreadyRunning(string title, int position, int total) => english
        ? $"A session of **{title}** is already running here (item {position} of {total}). Use `next`, or `stop` to end it first."
        : $"Er loopt hier al een sessie van **{title}** (onderdeel {position} van {total}). Gebruik `volgende`, of eerst `stop` om haar te beëindigen.";

    public string UnknownProgramme(string name, IEnumerable<string> available) => english
        ? $"I don't know the programme {Echo(name)}. Available: {List(available)}. Example: `start {available.FirstOrDefault()}`."
        : $"Ik ken het programma {Echo(name)} niet. Beschikbaar: {List(available)}. Bijvoorbeeld: `start {available.FirstOrDefault()}`.";

    public string Started(string title, int total, string starter) => english
        ? $"Session **{title}** started by {starter} ({total} items). Facilitators: type `next` for the next item, `close` to close a question."
        : $"Sessie **{title}** gestart door {starter} ({total} onderdelen). Begeleiders: typ `volgende` voor het volgende onderdeel en `sluit` om een vraag te sluiten.";

    public string EndOfProgramme => english
        ? "That was the last item of the programme. Type `summary` for the overview or `stop` to end the session."
        : "Dit was het laatste onderdeel van het programma. Typ `samenvatting` voor het overzicht of `stop` om de sessie te beëindigen.";

    public string NoOpenQuestion => english
        ? "No question is open right now. Type `next` to continue."
        : "Er staat nu geen vraag open. Typ `volgende` om verder te gaan.";

    public string QuestionClosed(string title, int answers, int participants) => english
        ? $"Question closed: **{title}**. {Count(answers, "answer", "answers")} from {Count(participants, "participant", "participants")}."
        : $"Vraag gesloten: **{title}**. {Count(answers, "antwoord", "antwoorden")} van {Count(participants, "deelnemer", "deelnemers")}.";

    public string Stopped(string title, int answers) => english
        ? $"Session **{title}** has ended. {Count(answers, "answer was", "answers were")} collected. Thank you all!"
        : $"Sessie **{title}** is beëindigd. Er {(answers == 1 ? "is" : "zijn")} {Count(answers, "antwoord", "antwoorden")} verzameld. Dank jullie wel!";

    public string Status(string title, int position, int total, string? openQuestion, int openCount, int totalAnswers) => english
        ? $"**{title}**: item {position} of {total}. " + (openQuestion is null ? "No question open." : $"Open question: *{openQuestion}* ({Count(openCount, "answer", "answers")}).") + $" Total so far: {Count(totalAnswers, "answer", "answers")}."
        : $"**{title}**: onderdeel {position} van {total}. " + (openQuestion is null ? "Er staat geen vraag open." : $"Open vraag: *{openQuestion}* ({Count(openCount, "antwoord", "antwoorden")}).") + $" Totaal tot nu toe: {Count(totalAnswers, "antwoord", "antwoorden")}.";

    public string ClosedAlready => english
        ? "This question is already closed; your answer was not added."
        : "Deze vraag is al gesloten; je antwoord is niet meer toegevoegd.";

    public string EmptyAnswer => english
        ? "Your answer was empty. Type something in the box and send it again."
        : "Je antwoord was leeg. Typ iets in het vak en verstuur het opnieuw.";

    public string SomethingWentWrong => english
        ? "Sorry, something went wrong on my side. Nothing you sent earlier is lost; please try again."
        : "Sorry, er ging bij mij iets mis. Wat je eerder stuurde is niet verloren; probeer het nog eens.";

    public string ExportArgument(string argument) => english
        ? $"I don't understand {Echo(argument)} after `export`. Use `export` (participants numbered) or `export with names`."
        : $"{Echo(argument)} na `export` begrijp ik niet. Gebruik `export` (deelnemers genummerd) of `export met namen`.";

    public string NamesOnlyInPersonalChat => english
        ? "Files with participants' names are only sent in a 1:1 chat with me: everyone here could open the links. Type `export with names` to me in a private chat (it exports the last session you led), or `export` here for numbered participants."
        : "Bestanden met namen van deelnemers stuur ik alleen in een 1-op-1-chat met mij: hier kan iedereen de links openen. Typ `export met namen` in een privéchat met mij (dat exporteert de laatste sessie die jij begeleidde), of hier `export` voor genummerde deelnemers.";

    public string ProgrammeGone(string programme) => english
        ? $"The programme `{programme}` of this session is no longer available, so the session has been ended. The answers are kept."
        : $"Het programma `{programme}` van deze sessie is niet meer beschikbaar, dus de sessie is beëindigd. De antwoorden blijven bewaard.";

    public string SummaryAgain(string title) => english
        ? $"The summary of '{title}' is coming again."
        : $"De samenvatting van ‘{title}’ komt opnieuw.";

    public string NoSuchQuestion(string argument) => english
        ? $"I don't know a question '{argument}' in this programme. Give its number or id, such as `summary 3`."
        : $"Ik ken geen vraag ‘{argument}’ in dit programma. Geef het nummer of de id, zoals `samenvatting 3`.";

    public string Summarising => english ? "Summarising…" : "Bezig met samenvatten…";

    public string AnswersFrom(int answers, int participants) => english
        ? $"{Count(answers, "answer", "answers")} from {Count(participants, "participant", "participants")}"
        : $"{Count(answers, "antwoord", "antwoorden")} van {Count(participants, "deelnemer", "deelnemers")}";

    public string TooFewAnswers(int answers) => english
        ? $"Only {Count(answers, "answer", "answers")}: too few to find themes. The answers are kept for the export."
        : $"Maar {Count(answers, "antwoord", "antwoorden")}: te weinig om thema's in te zien. De antwoorden worden bewaard voor de export.";

    public string Other(int count) => english ? $"Other: {count}" : $"Overig: {count}";

    /// <summary>Under a theme: answers of other themes whose second idea is this one (rarer, and less sure).</summary>
    public string AlsoIn(int count) => (english, count) switch
    {
        (true, 1) => "Also raised in 1 answer that mainly belongs to another theme (a second idea; less sure).",
        (true, _) => $"Also raised in {count} answers that mainly belong to another theme (a second idea; less sure).",
        (false, 1) => "Ook genoemd in 1 antwoord dat vooral bij een ander thema hoort (een tweede idee; minder zeker).",
        (false, _) => $"Ook genoemd in {count} antwoorden die vooral bij een ander thema horen (een tweede idee; minder zeker).",
    };

    public string OffTopic(int count) => english
        ? $"Set apart (greetings, sound, slides, questions to the host): {count}"
        : $"Apart gezet (groeten, geluid, dia's, vragen aan de host): {count}";

    public string SummaryTitle(string question) => english ? $"Summary: {question}" : $"Samenvatting: {question}";

    public string SessionSummaryTitle(string block) => english ? $"Overview · {block}" : $"Overzicht · {block}";

    public string Respondents(int n) => english ? $"{Count(n, "respondent", "respondents")}" : $"{n} {(n == 1 ? "deelnemer" : "deelnemers")}";

    public string NothingYet => english ? "No answers yet for this building block." : "Nog geen antwoorden bij deze bouwsteen.";

    public string DownloadsTitle => english ? "Downloads" : "Downloads";

    public string DownloadsText(bool withNames, DateTimeOffset expires) => english
        ? $"Answers and summary of this session. {(withNames ? "These files contain participants' names." : "Participants are numbered, not named.")} Links work until {expires.ToString("d MMMM yyyy HH:mm", Culture)}."
        : $"Antwoorden en samenvatting van deze sessie. {(withNames ? "Deze bestanden bevatten de namen van deelnemers." : "Deelnemers zijn genummerd, niet bij naam genoemd.")} De links werken tot {expires.ToString("d MMMM yyyy HH:mm", Culture)}.";

    /// <summary>The download button's label for an export file (<see cref="Exports.Formats.ExportFormat"/>).</summary>
    public string FileLabel(string fileName) =>
        Exports.ExportCatalogue.TryParse(fileName, out var spec) ? spec.Label(english) : fileName;

    public string LinkExpired => english
        ? "This download link has expired. Ask for a new one in the chat with `export`."
        : "Deze downloadlink is verlopen. Vraag in de chat om een nieuwe met `export`.";

    public string LinkInvalid => english ? "This download link is not valid." : "Deze downloadlink is ongeldig.";

    public string FileUnavailable => english
        ? "That file is no longer available. Type `export` for fresh links."
        : "Dat bestand is niet meer beschikbaar. Typ `export` voor nieuwe links.";

    public string UploadFailed(string fileName) => english
        ? $"Uploading {fileName} to your OneDrive did not work. The download link in the export message still works."
        : $"Het uploaden van {fileName} naar je OneDrive is niet gelukt. De downloadlink in het exportbericht werkt nog wel.";

    public string FileDeclined => english ? "OK, the file was not sent." : "Oké, het bestand is niet verstuurd.";

    public string AnswerReceived => english ? "Thanks, your answer has been received." : "Dank je, je antwoord is ontvangen.";

    /// <summary>Help that says how commands are given in this kind of chat, and in a meeting who gives them.</summary>
    public string Help(bool facilitator, IEnumerable<string> programmes, ChatKind kind) => kind switch
    {
        ChatKind.Personal => Help(facilitator, programmes).Replace(
            english ? "(mention me in a group chat or channel)" : "(noem mij met @ in een groepschat of kanaal)",
            english ? "(in this 1:1 chat just type them; `export with names` works only here)" : "(typ ze hier gewoon, zonder @; `export met namen` kan alleen hier)",
            StringComparison.Ordinal),
        ChatKind.Meeting => Help(facilitator, programmes).Replace(
            english ? "(mention me in a group chat or channel)" : "(noem mij met @ in een groepschat of kanaal)",
            english ? "(in this meeting: the organizer, co-organizers and presenters; mention me with @)" : "(in deze vergadering: de organisator, co-organisatoren en presentatoren; noem mij met @)",
            StringComparison.Ordinal),
        _ => Help(facilitator, programmes),
    };

    public string MeetingReadyTitle => english ? "SocialeBasisBot is ready" : "SocialeBasisBot staat klaar";

    public string MeetingReadyText(string title) => english
        ? $"The meeting has started. Organizer or presenter: type `@SocialeBasisBot start` to begin **{title}**. Everyone else: answer the questions in the chat or in the cards."
        : $"De vergadering is begonnen. Organisator of presentator: typ `@SocialeBasisBot start` om **{title}** te beginnen. Alle anderen: beantwoord de vragen in de chat of in de kaarten.";

    public string OtherProgrammes(IEnumerable<string> programmes) => english
        ? $"Other programmes: {List(programmes)} (`start <name>`)."
        : $"Andere programma's: {List(programmes)} (`start <naam>`).";

    public string Help(bool facilitator, IEnumerable<string> programmes) => english
        ? "**SocialeBasisBot** runs the webinar programme and collects your answers.\n\n" +
          (facilitator ? "" : "Participants: just type your answer in the chat while a question is open.\n\n") +
          "Facilitator commands (mention me in a group chat or channel):\n" +
          CommandLines(c => c.EnglishHelp) + "\n" +
          $"Programmes: {List(programmes)}."
        : "**SocialeBasisBot** begeleidt het webinarprogramma en verzamelt jullie antwoorden.\n\n" +
          (facilitator ? "" : "Deelnemers: typ gewoon je antwoord in de chat zolang er een vraag openstaat.\n\n") +
          "Commando's voor begeleiders (noem mij met @ in een groepschat of kanaal):\n" +
          CommandLines(c => c.DutchHelp) + "\n" +
          $"Programma's: {List(programmes)}.";

    public string UnknownCommand(string text) => english
        ? $"I don't know the command {Echo(text)}. Type `help` for the list of commands."
        : $"Het commando {Echo(text)} ken ik niet. Typ `help` voor de lijst met commando's.";

    public string UnexpectedArgument(string command) => english
        ? $"`{command}` takes no extra words. Type `help` for the list of commands."
        : $"`{command}` heeft geen extra woorden nodig. Typ `help` voor de lijst met commando's.";

    public string AnswerCountLabel(int count) => english
        ? Count(count, "answer so far", "answers so far")
        : $"{count} {(count == 1 ? "antwoord" : "antwoorden")} tot nu toe";

    public string ClosedLabel(int count) => english
        ? $"Closed · {Count(count, "answer", "answers")}"
        : $"Gesloten · {Count(count, "antwoord", "antwoorden")}";

    /// <summary>On an open card: its count is shown when the question closes (an open card is never edited).</summary>
    public string CountShownAtClose => english
        ? "The number of answers appears here when the question closes."
        : "Het aantal antwoorden verschijnt hier als de vraag sluit.";

    public string CardAnswersPrivate => english
        ? "What you send from this card is not shown in the chat: only you see that it arrived, and you can change it."
        : "Wat je via deze kaart verstuurt, verschijnt niet in de chat: alleen jij ziet dat het is aangekomen, en je kunt het nog wijzigen.";

    public string CardReceived(bool replaced) => english
        ? (replaced ? "Received ✓ Your earlier card answer has been replaced." : "Received ✓")
        : (replaced ? "Ontvangen ✓ Je eerdere antwoord via de kaart is vervangen." : "Ontvangen ✓");

    public string OnlyYouSeeThis => english
        ? "Only you see this confirmation; the chat does not show card answers."
        : "Alleen jij ziet deze bevestiging; de chat toont antwoorden uit de kaart niet.";

    public string ChangeAnswer => english ? "Change your answer" : "Wijzig je antwoord";

    public string ClosesAt(string title, DateTimeOffset local) => english
        ? $"⏱ *{title}* closes at {local:HH:mm}. You can still answer until then."
        : $"⏱ *{title}* sluit om {local:HH:mm}. Tot dan kun je nog antwoorden.";

    public string NextQuestionTimer(int minutes) => english
        ? $"⏱ The next question closes {minutes} min after it is posted; its card will say when."
        : $"⏱ De volgende vraag sluit {minutes} min nadat hij geplaatst is; de kaart zegt hoe laat.";

    /// <summary>On a question card posted with its timer running (an item's `duration`, or `timer 3` given before).</summary>
    public string CardClosesAt(DateTimeOffset local) => english ? $"⏱ Closes at {local:HH:mm}" : $"⏱ Sluit om {local:HH:mm}";

    public string ClosingSoon(string title) => english
        ? $"⏱ 30 seconds left: *{title}* closes soon. Send your answer now."
        : $"⏱ Nog 30 seconden: *{title}* sluit zo. Verstuur nu je antwoord.";

    public string TimerMinutes(string word) => english
        ? $"Give a number of minutes from 1 to {QuestionTimer.MaxMinutes}, such as `{word} 3`."
        : $"Geef een aantal minuten van 1 tot en met {QuestionTimer.MaxMinutes}, zoals `{word} 3`.";

    public string AnswerHere => english ? "Type your answer here (or simply in the chat)" : "Typ hier je antwoord (of gewoon in de chat)";

    public string YourAnswer => english ? "Your answer" : "Jouw antwoord";

    public string YourChoice(bool multiple) => english
        ? (multiple ? "Your choices" : "Your choice")
        : (multiple ? "Jouw keuzes" : "Jouw keuze");

    public string Send => english ? "Send" : "Verstuur";

    public string ItemOf(int position, int total) => english ? $"Item {position} of {total}" : $"Onderdeel {position} van {total}";

    public string BuildingBlockLabel => english ? "Building block" : "Bouwsteen";

    public string AnswerInChat => english ? "Answer in the chat or in this card." : "Antwoorden graag in de chat of in deze kaart.";

    public string ChooseOptions(bool multiple) => english
        ? (multiple ? "Tick all that apply, or type the letters in the chat." : "Choose one, or type the letter in the chat.")
        : (multiple ? "Vink aan wat van toepassing is, of typ de letters in de chat." : "Kies er één, of typ de letter in de chat.");

    private string List(IEnumerable<string> items)
    {
        var list = items.Select(i => $"`{i}`").ToList();
        return list.Count == 0 ? (english ? "(none)" : "(geen)") : string.Join(", ", list);
    }

    /// <summary>
    /// Words a person typed, repeated back inside a code span: Teams renders Markdown in bot messages, and what a
    /// participant typed must never become a link or formatting in the bot's voice.
    /// </summary>
    private static string Echo(string typed)
    {
        var single = typed.ReplaceLineEndings(" ").Replace('`', '\'');
        return $"`{(single.Length > 60 ? single[..60] + "…" : single)}`";
    }

    private static string CommandLines(Func<SessionCommand, string> line) =>
        string.Concat(CommandTable.All.Select(c => $"- {line(c)}\n"));

    private static string Count(int n, string one, string many) => $"{n} {(n == 1 ? one : many)}";
}
