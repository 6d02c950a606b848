using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using SocialeBasisBot.Answers;
using SocialeBasisBot.Sessions;
using SocialeBasisBot.Teams.Cards;
using static SocialeBasisBot.Teams.InvokeResponses;

namespace SocialeBasisBot.Teams;

/// <summary>
/// Answers Universal Actions (Action.Execute → invoke adaptiveCard/action) from question and poll cards. The invoke
/// response goes to the person who pressed the button only: their receipt, or the card again to change their answer.
/// Every invoke gets a well-formed 200: after a failed or unanswered invoke Teams shows "Something went wrong".
/// </summary>
public sealed partial class CardActions(
    SessionService sessions,
    ItemCards itemCards,
    AnswerCards answerCards,
    WallCards wallCards,
    SocialeBasisBot.Wall.WallAccess wallAccess,
    Meetings.MeetingRoleLookup meetingRoles,
    RequestAddress address,
    SocialeBasisBot.Exports.SessionExporter exporter,
    ILogger<CardActions> logger)
{
    public const string AnswerVerb = "sbb.answer";
    public const string ChangeVerb = "sbb.change";
    public const string WallVerb = "sbb.wall";

    public async Task<AdaptiveCardInvokeResponse> RespondAsync(ITurnContext turn, AdaptiveCardInvokeValue value)
    {
        var conversation = ActivityReader.Conversation(turn);
        var who = ActivityReader.Sender(turn.Activity);
        // Teams sends the action's data with the card's inputs merged in, as for Action.Submit.
        var data = value.Action?.Data as JObject ?? (value.Action?.Data is { } raw ? JObject.FromObject(raw) : null);
        var sessionId = Text(data?["session"]);
        var itemId = Text(data?["item"]);
        if (data is null || sessionId is null || itemId is null)
        {
            LogUnknown(value.Action?.Verb, conversation.Id);
            return Message(Phrases.Dutch.SomethingWentWrong);
        }

        switch (value.Action?.Verb)
        {
            case AnswerVerb:
                var choices = Text(data["choices"])?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                var receipt = await sessions.RecordCardAnswerAsync(conversation, who, new IncomingAnswer(
                    Text(data["answer"])?.Trim() ?? "", turn.Activity.Id ?? "", AnswerSource.Card, itemId, sessionId, choices));
                return receipt.Question is not null ? Card(answerCards.Receipt(receipt))
                    : Message(receipt.Outcome == AnswerOutcome.Empty ? receipt.Say.EmptyAnswer : receipt.Say.ClosedAlready);
            case ChangeVerb:
                if (await sessions.CardToChangeAsync(conversation, who, sessionId, itemId) is not { } change)
                {
                    return Message((await sessions.PhrasesForAsync(conversation.Id)).ClosedAlready);
                }

                return Card(itemCards.Render(change.Programme, change.Item, change.Session.Id, change.Programme.PositionOf(change.Item),
                    change.Programme.Items.Count, 0, open: true, change.Say, change.Item.Options.Count > 0 ? change.Choices : change.Text,
                    ItemCards.ClosesAt(change.Session, change.Item, exporter.TimeZone)));
            case WallVerb:
                return await WallAsync(turn, conversation, who, sessionId, itemId);
            default:
                LogUnknown(value.Action?.Verb, conversation.Id);
                return Message(Phrases.Dutch.SomethingWentWrong);
        }
    }

    /// <summary>
    /// The wall button: a facilitator (in a meeting by their role of the moment, asked from Teams as for a command)
    /// gets the wall's link on a card only they see; anyone else a polite word only they see. The posted card stays.
    /// </summary>
    private async Task<AdaptiveCardInvokeResponse> WallAsync(ITurnContext turn, ConversationInfo conversation, Participant who, string sessionId, string itemId)
    {
        var withRole = await meetingRoles.WithRoleAsync(turn, who, CancellationToken.None);
        var access = await wallAccess.ForAsync(conversation.Id, withRole, sessionId, address.BaseUrl, CancellationToken.None);
        if (access is null)
        {
            // No such session in this chat (deleted, or a card copied from elsewhere): said in the chat's language.
            return InvokeResponses.Message(SocialeBasisBot.Wall.WallPhrases.For((await sessions.PhrasesForAsync(conversation.Id)).Language).SessionGone);
        }

        if (access.Url is null)
        {
            return InvokeResponses.Message(access.Say.OnlyFacilitators);
        }

        return InvokeResponses.Card(wallCards.Link(access, sessionId, itemId));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Ignored a card action {Verb} without our data in {ConversationId}")]
    private partial void LogUnknown(string? verb, string conversationId);
}
