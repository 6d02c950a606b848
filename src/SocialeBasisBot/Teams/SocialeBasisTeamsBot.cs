using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json.Linq;
using SocialeBasisBot.Answers;
using SocialeBasisBot.Sessions;
using SocialeBasisBot.Sessions.Commands;
using SocialeBasisBot.Storage;

namespace SocialeBasisBot.Teams;

/// <summary>
/// The Teams edge: turns activities into session commands and answers. In group chats and channels the bot hears
/// every message (resource-specific consent) but speaks only when addressed, so 150 answers don't become 150 replies.
/// </summary>
public sealed partial class SocialeBasisTeamsBot(
    SessionService sessions,
    SessionStore store,
    ReplySender replies,
    AnswerCountUpdates countUpdates,
    FileConsent fileConsent,
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
        var say = Phrases.Dutch;
        var who = ActivityReader.Sender(activity);
        if (activity.Value is not null)
        {
            await OnCardSubmitAsync(turnContext, conversation, who, say, cancellationToken);
            return;
        }

        var text = ActivityReader.CleanText(activity);
        var addressed = conversation.IsPersonal || ActivityReader.MentionsBot(activity);
        var command = FacilitatorCommandParser.Parse(text);
        // A participant's answer may start with a command word ("Verder vind ik…"): while a question is open,
        // only facilitators' messages are commands.
        if (addressed && command is not null && !await sessions.IsAnswerFromParticipantAsync(conversation, who, command, cancellationToken))
        {
            // Teams redelivers when a bot is slow; a command such as "volgende" must not run twice. Answers need no
            // such record: they are unique per message in storage.
            if (!string.IsNullOrEmpty(activity.Id)
                && !await store.TryMarkProcessedAsync(conversation.Id, activity.Id, cancellationToken))
            {
                LogDuplicate(activity.Id, conversation.Id);
                return;
            }

            if (FacilitatorCommandParser.IsEnglish(command))
            {
                say = Phrases.English;
            }

            var result = await sessions.HandleCommandAsync(conversation, who, command, say, cancellationToken);
            await replies.SendAsync(turnContext, result, say, cancellationToken);
            return;
        }

        var source = ActivityReader.IsThreadReply(activity) ? AnswerSource.ThreadReply
            : ActivityReader.MentionsBot(activity) ? AnswerSource.Mention
            : AnswerSource.Chat;
        var answer = await sessions.RecordAnswerAsync(
            conversation, who, new IncomingAnswer(text, activity.Id ?? Guid.NewGuid().ToString("N"), source), cancellationToken);
        await AfterAnswerAsync(turnContext, answer, addressed, text, say, cancellationToken);
    }

    protected override async Task OnTeamsMessageEditAsync(ITurnContext<IMessageUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var text = ActivityReader.CleanText((Activity)activity);
        var result = await sessions.EditAnswerAsync(ActivityReader.ConversationKey(activity), activity.Id, text, cancellationToken);
        Touch(result);
    }

    protected override async Task OnTeamsMessageSoftDeleteAsync(ITurnContext<IMessageDeleteActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        Touch(await sessions.RetractAnswerAsync(ActivityReader.ConversationKey(activity), activity.Id, cancellationToken));
    }

    protected override async Task OnTeamsMessageUndeleteAsync(ITurnContext<IMessageUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        Touch(await sessions.RestoreAnswerAsync(ActivityReader.ConversationKey(activity), activity.Id, cancellationToken));
    }

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        // Greet once when the bot itself is added; people joining later are not each welcomed (that floods a webinar).
        if (membersAdded.Any(m => string.Equals(m.Id, turnContext.Activity.Recipient?.Id, StringComparison.OrdinalIgnoreCase)))
        {
            var say = Phrases.Dutch;
            var help = await sessions.HandleCommandAsync(
                ActivityReader.Conversation(turnContext), ActivityReader.Sender(turnContext.Activity),
                new FacilitatorCommand(CommandTable.Get<HelpCommand>(), "", "help"), say, cancellationToken);
            await replies.SendAsync(turnContext, help, say, cancellationToken);
        }
    }

    protected override async Task OnTeamsMeetingEndAsync(MeetingEndEventDetails meeting, ITurnContext<IEventActivity> turnContext, CancellationToken cancellationToken)
    {
        var result = await sessions.EndWithMeetingAsync(ActivityReader.ConversationKey(turnContext.Activity), Phrases.Dutch, cancellationToken);
        await replies.SendAsync(turnContext, result, Phrases.Dutch, cancellationToken);
    }

    protected override Task OnTeamsFileConsentAcceptAsync(ITurnContext<IInvokeActivity> turnContext, FileConsentCardResponse fileConsentCardResponse, CancellationToken cancellationToken) =>
        fileConsent.AcceptAsync(turnContext, fileConsentCardResponse, Phrases.Dutch, cancellationToken);

    protected override Task OnTeamsFileConsentDeclineAsync(ITurnContext<IInvokeActivity> turnContext, FileConsentCardResponse fileConsentCardResponse, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(MessageFactory.Text(Phrases.Dutch.FileDeclined), cancellationToken);

    private async Task OnCardSubmitAsync(
        ITurnContext<IMessageActivity> turnContext, ConversationInfo conversation, Participant who, Phrases say, CancellationToken ct)
    {
        var activity = turnContext.Activity;
        if (activity.Value is not JObject value || value["sbb"]?.Type != JTokenType.String
            || !string.Equals((string?)value["sbb"], "answer", StringComparison.Ordinal))
        {
            LogUnknownSubmit(conversation.Id);
            return;
        }

        var sessionId = Text(value["session"]);
        var itemId = Text(value["item"]);
        if (itemId is null && activity.ReplyToId is not null && sessionId is not null)
        {
            itemId = (await store.FindPostedCardByActivityAsync(sessionId, activity.ReplyToId, ct))?.ItemId;
        }

        var choices = Text(value["choices"])?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var text = Text(value["answer"])?.Trim() ?? "";
        var answer = await sessions.RecordAnswerAsync(conversation, who,
            new IncomingAnswer(text, activity.Id ?? Guid.NewGuid().ToString("N"), AnswerSource.Card, itemId, sessionId, choices), ct);
        switch (answer.Outcome)
        {
            case AnswerOutcome.Stored:
                Touch(answer);
                if (conversation.IsPersonal)
                {
                    await turnContext.SendActivityAsync(MessageFactory.Text(say.AnswerReceived), ct);
                }

                break;
            case AnswerOutcome.QuestionClosed:
                await turnContext.SendActivityAsync(MessageFactory.Text(say.ClosedAlready), ct);
                break;
            case AnswerOutcome.Empty:
                await turnContext.SendActivityAsync(MessageFactory.Text(say.EmptyAnswer), ct);
                break;
            default:
                break;
        }
    }

    private async Task AfterAnswerAsync(
        ITurnContext turnContext, AnswerResult answer, bool addressed, string text, Phrases say, CancellationToken ct)
    {
        Touch(answer);
        if (!addressed)
        {
            return;
        }

        // Addressed but not a command: an answer when a question is open; otherwise help the person along.
        var reply = answer.Outcome switch
        {
            AnswerOutcome.Stored or AnswerOutcome.Duplicate => null,
            AnswerOutcome.NoOpenQuestion when text.Length == 0 => say.Help(false, []),
            AnswerOutcome.NoOpenQuestion => say.UnknownCommand(FirstWord(text)),
            AnswerOutcome.Empty => null,
            _ => say.ClosedAlready,
        };
        if (answer.Outcome == AnswerOutcome.Stored && ActivityReader.IsPersonal(turnContext.Activity))
        {
            reply = say.AnswerReceived;
        }

        if (reply is not null)
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(reply), ct);
        }
    }

    private void Touch(AnswerResult? result)
    {
        if (result is { Outcome: AnswerOutcome.Stored, SessionId: { } session, ItemId: { } item })
        {
            countUpdates.MarkChanged(session, item);
        }
    }

    /// <summary>A card value that should be text; anything else a client sends is treated as absent.</summary>
    private static string? Text(JToken? token) => token?.Type == JTokenType.String ? (string?)token : null;

    private static string FirstWord(string text)
    {
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? text : text[..space];
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Ignored a second delivery of message {MessageId} in {ConversationId}")]
    private partial void LogDuplicate(string messageId, string conversationId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ignored a card submit without our data in {ConversationId}")]
    private partial void LogUnknownSubmit(string conversationId);
}
