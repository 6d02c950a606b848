using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json.Linq;
using SocialeBasisBot.Answers;
using SocialeBasisBot.Sessions;
using SocialeBasisBot.Sessions.Commands;

namespace SocialeBasisBot.Teams;

/// <summary>
/// The Teams edge: turns activities into session commands and answers. In group chats and channels the bot hears
/// every message (resource-specific consent) but speaks only when addressed, so 150 answers don't become 150 replies.
/// </summary>
public sealed partial class SocialeBasisTeamsBot(
    SessionService sessions,
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
        var who = ActivityReader.Sender(activity);
        if (activity.Value is not null)
        {
            await OnCardSubmitAsync(turnContext, conversation, who);
            return;
        }

        var text = ActivityReader.CleanText(activity);
        var addressed = conversation.IsPersonal || ActivityReader.MentionsBot(activity);
        var command = FacilitatorCommandParser.Parse(text);
        // A participant's answer may start with a command word ("Verder vind ik…"): while a question is open,
        // only facilitators' messages are commands.
        if (addressed && command is not null && !await sessions.IsAnswerFromParticipantAsync(conversation, who, command))
        {
            await sessions.HandleCommandAsync(conversation, who, command, activity.Id, command.Say);
            return;
        }

        var source = ActivityReader.IsThreadReply(activity) ? AnswerSource.ThreadReply
            : ActivityReader.MentionsBot(activity) ? AnswerSource.Mention
            : AnswerSource.Chat;
        await sessions.RecordAnswerAsync(
            conversation, who, new IncomingAnswer(text, activity.Id ?? Guid.NewGuid().ToString("N"), source, Addressed: addressed));
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
        // Greet once when the bot itself is added; people joining later are not each welcomed (that floods a webinar).
        if (membersAdded.Any(m => string.Equals(m.Id, turnContext.Activity.Recipient?.Id, StringComparison.OrdinalIgnoreCase)))
        {
            var say = Phrases.Dutch;
            await sessions.HandleCommandAsync(
                ActivityReader.Conversation(turnContext), ActivityReader.Sender(turnContext.Activity),
                new FacilitatorCommand(CommandTable.Get<HelpCommand>(), "", "help"), null, say);
        }
    }

    protected override async Task OnTeamsMeetingEndAsync(MeetingEndEventDetails meeting, ITurnContext<IEventActivity> turnContext, CancellationToken cancellationToken)
    {
        await sessions.EndWithMeetingAsync(ActivityReader.ConversationKey(turnContext.Activity), Phrases.Dutch);
    }

    protected override Task OnTeamsFileConsentAcceptAsync(ITurnContext<IInvokeActivity> turnContext, FileConsentCardResponse fileConsentCardResponse, CancellationToken cancellationToken) =>
        fileConsent.AcceptAsync(turnContext, fileConsentCardResponse, Phrases.Dutch, cancellationToken);

    protected override Task OnTeamsFileConsentDeclineAsync(ITurnContext<IInvokeActivity> turnContext, FileConsentCardResponse fileConsentCardResponse, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(MessageFactory.Text(Phrases.Dutch.FileDeclined), cancellationToken);

    private async Task OnCardSubmitAsync(
        ITurnContext<IMessageActivity> turnContext, ConversationInfo conversation, Participant who)
    {
        var activity = turnContext.Activity;
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
