using System.Text.Json.Nodes;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using SocialeBasisBot.Sessions;
using SocialeBasisBot.Storage;
using SocialeBasisBot.Teams.Cards;

namespace SocialeBasisBot.Teams;

/// <summary>Turns the session's replies into Teams messages and remembers which message carries which item.</summary>
public sealed class ReplySender(ItemCards itemCards, SessionStore store, TimeProvider time)
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    public async Task SendAsync(ITurnContext turn, IEnumerable<BotReply> replies, Phrases say, CancellationToken ct)
    {
        foreach (var reply in replies)
        {
            switch (reply)
            {
                case TextReply text:
                    await turn.SendActivityAsync(MessageFactory.Text(text.Text), ct);
                    break;
                case ItemReply item:
                    await SendItemAsync(turn, item, say, ct);
                    break;
                case QuestionClosedReply closed:
                    await MarkClosedAsync(turn, closed, say, ct);
                    await turn.SendActivityAsync(
                        MessageFactory.Text(say.QuestionClosed(closed.Item.Title, closed.AnswerCount, closed.ParticipantCount)), ct);
                    break;
                default:
                    throw new InvalidOperationException($"No Teams rendering for {reply.GetType().Name}.");
            }
        }
    }

    public static Activity CardActivity(JsonObject card, string summary)
    {
        // Text and attachment in one activity make Teams split the message and return no id, so the card travels
        // alone; its fallbackText and the summary carry the plain-text version.
        var activity = (Activity)MessageFactory.Attachment(new Attachment
        {
            ContentType = AdaptiveCardContentType,
            Content = JObject.Parse(card.ToJsonString()),
        });
        activity.Summary = summary.Length > 200 ? summary[..200] : summary;
        return activity;
    }

    private async Task SendItemAsync(ITurnContext turn, ItemReply reply, Phrases say, CancellationToken ct)
    {
        var open = reply.Item.IsQuestion;
        var card = itemCards.Render(reply.Programme, reply.Item, reply.Session.Id, reply.Position, reply.Total, 0, open, say);
        var response = await turn.SendActivityAsync(CardActivity(card, reply.Item.Title), ct);
        if (response?.Id is { Length: > 0 } id)
        {
            await store.SavePostedCardAsync(new PostedCard
            {
                SessionId = reply.Session.Id,
                ItemId = reply.Item.Id,
                ActivityId = id,
                PostedAt = time.GetUtcNow(),
            }, ct);
        }
    }

    /// <summary>Replaces the question card with its closed form: no input, the final count.</summary>
    private async Task MarkClosedAsync(ITurnContext turn, QuestionClosedReply reply, Phrases say, CancellationToken ct)
    {
        var posted = await store.FindPostedCardAsync(reply.Session.Id, reply.Item.Id, ct);
        if (posted is null)
        {
            return;
        }

        var position = reply.Programme.Items.ToList().IndexOf(reply.Item) + 1;
        var card = itemCards.Render(reply.Programme, reply.Item, reply.Session.Id, position, reply.Programme.Items.Count,
            reply.AnswerCount, open: false, say);
        var update = CardActivity(card, reply.Item.Title);
        update.Id = posted.ActivityId;
        try
        {
            await turn.UpdateActivityAsync(update, ct);
            await store.SetShownCountAsync(reply.Session.Id, reply.Item.Id, reply.AnswerCount, ct);
        }
        catch (Microsoft.Bot.Schema.ErrorResponseException)
        {
            // The card may have been deleted by someone; closing the question does not depend on it.
        }
    }
}
