using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using SocialeBasisBot.Corrections;
using SocialeBasisBot.Teams.Cards;
using static SocialeBasisBot.Teams.InvokeResponses;
using SocialeBasisBot.Teams.Meetings;

namespace SocialeBasisBot.Teams;

/// <summary>
/// Answers Universal Actions from a question's summary card (verbs "sbb.themes…"): a facilitator gets their own view
/// to correct the themes, and each correction they send; anyone else who presses the button gets a refusal only they
/// see. Every response is the invoke's, so it reaches the person who pressed only; the others see the corrected card
/// when the outbox updates the posted summary (<see cref="SummaryCardUpdates"/>). Every invoke gets a well-formed 200.
/// </summary>
public sealed partial class SummaryCardActions(
    ThemeCorrections corrections,
    MeetingRoleLookup meetingRoles,
    SummaryCards summaryCards,
    CorrectionCards correctionCards,
    ILogger<SummaryCardActions> logger)
{
    public const string VerbPrefix = "sbb.themes";
    private const string Open = VerbPrefix;
    private const string Refresh = VerbPrefix + ".refresh";
    private const string Rename = VerbPrefix + ".rename";
    private const string Merge = VerbPrefix + ".merge";
    private const string Move = VerbPrefix + ".move";
    private const string Done = VerbPrefix + ".done";

    public static bool Handles(AdaptiveCardInvokeValue value) =>
        value.Action?.Verb is { } verb && (verb == Open || verb.StartsWith(VerbPrefix + ".", StringComparison.Ordinal));

    public async Task<AdaptiveCardInvokeResponse> RespondAsync(ITurnContext turn, AdaptiveCardInvokeValue value, CancellationToken ct)
    {
        var conversation = ActivityReader.Conversation(turn);
        var data = value.Action?.Data as JObject ?? (value.Action?.Data is { } raw ? JObject.FromObject(raw) : null);
        var sessionId = Text(data?["session"]);
        var itemId = Text(data?["item"]);
        var verb = value.Action?.Verb;
        if (data is null || sessionId is null || itemId is null)
        {
            LogUnknown(verb, conversation.Id);
            return Message(Sessions.Phrases.Dutch.SomethingWentWrong);
        }

        // Who may correct depends on the meeting role of the moment, as for commands.
        var who = verb == Done
            ? ActivityReader.Sender(turn.Activity)
            : await meetingRoles.WithRoleAsync(turn, ActivityReader.Sender(turn.Activity), ct);
        var view = verb switch
        {
            Open => await corrections.ShowAsync(conversation, who, sessionId, itemId, toCorrect: true, ct),
            // An automatic refresh is no request: whoever may not correct simply gets the card everyone sees.
            Refresh => await RefreshAsync(conversation, who, sessionId, itemId, ct),
            Done => await corrections.ShowAsync(conversation, who, sessionId, itemId, toCorrect: false, ct),
            Rename => await corrections.CorrectAsync(conversation, who, sessionId, itemId,
                new CorrectionRequest(ThemeCorrectionKind.Rename, ThemeId: Text(data["renameTheme"]), Label: Text(data["renameLabel"])), ct),
            Merge => await corrections.CorrectAsync(conversation, who, sessionId, itemId,
                new CorrectionRequest(ThemeCorrectionKind.Merge, ThemeId: Text(data["mergeFrom"]), TargetThemeId: Text(data["mergeInto"])), ct),
            Move => await corrections.CorrectAsync(conversation, who, sessionId, itemId,
                new CorrectionRequest(ThemeCorrectionKind.Move, TargetThemeId: Text(data["moveInto"]), AnswerId: Id(data["moveAnswer"])), ct),
            _ => null,
        };

        switch (view)
        {
            case null:
                LogUnknown(verb, conversation.Id);
                return Message(Sessions.Phrases.Dutch.SomethingWentWrong);
            case { Outcome: CorrectionOutcome.Summary, Summary: { } summary }:
                return Card(summaryCards.Question(summary, view.Say, sessionId));
            case { Outcome: CorrectionOutcome.Shown or CorrectionOutcome.Corrected or CorrectionOutcome.Invalid, Summary: not null }:
                if (view.Outcome == CorrectionOutcome.Corrected)
                    LogCorrected(verb!, sessionId, itemId);
                return Card(correctionCards.Render(view, sessionId));
            default:
                return Message(view.Message ?? view.Words.Gone);
        }
    }

    private async Task<CorrectionView> RefreshAsync(Sessions.ConversationInfo conversation, Sessions.Participant who, string sessionId, string itemId, CancellationToken ct)
    {
        var view = await corrections.ShowAsync(conversation, who, sessionId, itemId, toCorrect: true, ct);
        return view.Outcome == CorrectionOutcome.NotAllowed
            ? await corrections.ShowAsync(conversation, who, sessionId, itemId, toCorrect: false, ct)
            : view;
    }


    private static long? Id(JToken? token) =>
        long.TryParse(Text(token), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    [LoggerMessage(Level = LogLevel.Information, Message = "Ignored a summary card action {Verb} without our data in {ConversationId}")]
    private partial void LogUnknown(string? verb, string conversationId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Themes corrected ({Verb}) in session {SessionId}, item {ItemId}")]
    private partial void LogCorrected(string verb, string sessionId, string itemId);
}
