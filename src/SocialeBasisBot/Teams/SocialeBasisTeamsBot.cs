using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json.Linq;
using SocialeBasisBot.Answers;
using SocialeBasisBot.Sessions;
using SocialeBasisBot.Sessions.Commands;
using SocialeBasisBot.Teams.Meetings;

namespace SocialeBasisBot.Teams;

/// <summary>
/// The Teams edge: turns activities into session commands and answers. In group chats and channels the bot hears
/// every message (resource-specific consent) but speaks only when addressed, so 150 answers don't become 150 replies.
/// </summary>
public sealed partial class SocialeBasisTeamsBot(
    SessionService sessions,
    FileConsent fileConsent,
    MeetingRoleLookup meetingRoles,
    CardActions cardActions,
    SocialeBasisBot.Meetings.MeetingNotices meetings,
    SummaryCardActions summaryCardActions,
    ILogger<SocialeBasisTeamsBot> logger) : TeamsActivityHandler
{
    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = (Activity)turnContext.Activity;
        if (ActivityReader.IsFromBot(activity))
        {
            return;
        }

        var conversation = ActivityReader.Conversation(turnContext);
        var who = ActivityReader.Sender(activity);
        if (activity.Value is not null)
        {
            await OnCardSubmitAsync(turnContext, conversation, who);
            return;
        }

        var text = ActivityReader.CleanText(activity);
        var addressed = conversation.IsPersonal || ActivityReader.MentionsBot(activity);
        var command = FacilitatorCommandParser.Parse(text);
        if (addressed && command is not null)
        {
            // Who may drive depends on the meeting role of the moment: asked for commands only, not for answers.
            who = await meetingRoles.WithRoleAsync(turnContext, who, cancellationToken);
        }

        // A participant's answer may start with a command word ("Verder vind ik…"): while a question is open,
        // only facilitators' messages are commands.
        if (addressed && command is not null && !await sessions.IsAnswerFromParticipantAsync(conversation, who, command))
        {
            await sessions.HandleCommandAsync(conversation, who, command, activity.Id, command.Say);
            return;
        }

        if (command is { IsBare: true })
        {
            // Not addressed: someone typed a bare command word without mentioning the bot. It is no answer, and the
            // bot speaks in a group chat only when addressed.
            return;
        }

        var source = ActivityReader.IsThreadReply(activity) ? AnswerSource.ThreadReply
            : ActivityReader.MentionsBot(activity) ? AnswerSource.Mention
            : AnswerSource.Chat;
        // Help for an addressed message that is no answer, or what is said about the answer, is queued with it.
        await sessions.RecordAnswerAsync(
            conversation, who, new IncomingAnswer(text, activity.Id ?? Guid.NewGuid().ToString("N"), source, Addressed: addressed,
                QuotedMessageId: ActivityReader.QuotedMessageId(activity)));
    }

    protected override async Task OnTeamsMessageEditAsync(ITurnContext<IMessageUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var text = ActivityReader.CleanText((Activity)activity);
        await sessions.EditAnswerAsync(ActivityReader.ConversationKey(activity), activity.Id, text);
    }

    protected override async Task OnTeamsMessageSoftDeleteAsync(ITurnContext<IMessageDeleteActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        await sessions.RetractAnswerAsync(ActivityReader.ConversationKey(activity), activity.Id);
    }

    protected override async Task OnTeamsMessageUndeleteAsync(ITurnContext<IMessageUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        await sessions.RestoreAnswerAsync(ActivityReader.ConversationKey(activity), activity.Id);
    }

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        // Greet when the bot itself is added; people joining later are not each welcomed (that floods a webinar).
        if (membersAdded.Any(m => ActivityReader.IsBot(turnContext.Activity, m)))
        {
            await GreetAsync(turnContext);
        }
    }

    /// <summary>Teams sends this next to the conversationUpdate when the app is installed; the greeting comes once.</summary>
    protected override Task OnInstallationUpdateAddAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        GreetAsync(turnContext);

    protected override Task OnInstallationUpdateRemoveAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        sessions.EndWithRemovalAsync(ActivityReader.ConversationKey(turnContext.Activity));

    /// <summary>TeamsActivityHandler calls this also when only the bot left, which is the case that matters here.</summary>
    protected override async Task OnMembersRemovedAsync(IList<ChannelAccount> membersRemoved, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        if (membersRemoved.Any(m => ActivityReader.IsBot(turnContext.Activity, m)))
        {
            await sessions.EndWithRemovalAsync(ActivityReader.ConversationKey(turnContext.Activity));
        }
    }

    protected override async Task OnTeamsMeetingStartAsync(MeetingStartEventDetails meeting, ITurnContext<IEventActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        // Stored, so every instance knows the meeting runs (questions then also get the in-meeting bubble).
        await meetings.StartedAsync(ActivityReader.ConversationKey(activity), EventTime(meeting.StartTime), CancellationToken.None);
        // The ready card is queued (once, whichever instance gets the event) and sent by the outbox worker.
        await sessions.MeetingStartedAsync(ActivityReader.Conversation(turnContext), activity.Id);
    }

    protected override async Task OnTeamsMeetingEndAsync(MeetingEndEventDetails meeting, ITurnContext<IEventActivity> turnContext, CancellationToken cancellationToken)
    {
        // The summary speaks the programme's language: the event has no command whose words could say otherwise.
        var conversationId = ActivityReader.ConversationKey(turnContext.Activity);
        await meetings.EndedAsync(conversationId, EventTime(meeting.EndTime), CancellationToken.None);
        await sessions.EndWithMeetingAsync(conversationId, await sessions.PhrasesForAsync(conversationId));
    }

    /// <summary>The event's time as Teams sent it (UTC); null when it sent none.</summary>
    private static DateTimeOffset? EventTime(DateTime time) =>
        time == default ? null
        : new DateTimeOffset(time.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(time, DateTimeKind.Utc) : time.ToUniversalTime());

    /// <summary>In the programme's language once the chat has had a session; before that in the installing person's
    /// Teams language (the activity's locale), as nothing else says which language the chat speaks.</summary>
    private async Task<IReadOnlyList<BotReply>> GreetAsync(ITurnContext turnContext)
    {
        var conversation = ActivityReader.Conversation(turnContext);
        var say = await sessions.PhrasesForAsync(conversation.Id, ClientLocale.Of((Activity)turnContext.Activity));
        return await sessions.GreetOnceAsync(conversation, ActivityReader.Sender(turnContext.Activity), say);
    }

    /// <summary>
    /// Action.Execute on a question or poll card: the response card goes to the person who pressed it only. It is the
    /// invoke's HTTP response, so it is the one reply made during the turn.
    /// </summary>
    protected override async Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(
        ITurnContext<IInvokeActivity> turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken)
    {
        if (ActivityReader.IsFromBot(turnContext.Activity))
        {
            return new AdaptiveCardInvokeResponse { StatusCode = 200, Type = "application/vnd.microsoft.activity.message", Value = "" };
        }

        return SummaryCardActions.Handles(invokeValue)
            ? await summaryCardActions.RespondAsync(turnContext, invokeValue, cancellationToken)
            : await cardActions.RespondAsync(turnContext, invokeValue);
    }

    protected override Task OnTeamsFileConsentAcceptAsync(ITurnContext<IInvokeActivity> turnContext, FileConsentCardResponse fileConsentCardResponse, CancellationToken cancellationToken) =>
        fileConsent.AcceptAsync(turnContext, fileConsentCardResponse, Phrases.Dutch, cancellationToken);

    protected override Task OnTeamsFileConsentDeclineAsync(ITurnContext<IInvokeActivity> turnContext, FileConsentCardResponse fileConsentCardResponse, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(MessageFactory.Text(Phrases.Dutch.FileDeclined), cancellationToken);

    private async Task OnCardSubmitAsync(
        ITurnContext<IMessageActivity> turnContext, ConversationInfo conversation, Participant who)
    {
        var activity = turnContext.Activity;
        // A button that sends a command back (the confirm card of a deletion): handled as if the sender typed it.
        if (activity.Value is JObject { } commandValue && (string?)commandValue["sbb"] == "command"
            && FacilitatorCommandParser.Parse(Text(commandValue["command"])) is { } command)
        {
            await sessions.HandleCommandAsync(conversation, who, command, activity.Id, command.Say);
            return;
        }

        if (activity.Value is not JObject value || value["sbb"]?.Type != JTokenType.String
            || !string.Equals((string?)value["sbb"], "answer", StringComparison.Ordinal))
        {
            LogUnknownSubmit(conversation.Id);
            return;
        }

        var choices = Text(value["choices"])?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var text = Text(value["answer"])?.Trim() ?? "";
        await sessions.RecordAnswerAsync(conversation, who, new IncomingAnswer(
            text, activity.Id ?? Guid.NewGuid().ToString("N"), AnswerSource.Card,
            Text(value["item"]), Text(value["session"]), choices, activity.ReplyToId));
    }

    /// <summary>A card value that should be text; anything else a client sends is treated as absent.</summary>
    private static string? Text(JToken? token) => token?.Type == JTokenType.String ? (string?)token : null;

    [LoggerMessage(Level = LogLevel.Information, Message = "Ignored a card submit without our data in {ConversationId}")]
    private partial void LogUnknownSubmit(string conversationId);
}
