using System.Text.Json.Nodes;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;
using SocialeBasisBot.Exports;
using SocialeBasisBot.Sessions;
using SocialeBasisBot.Summaries;
using SocialeBasisBot.Teams.Cards;
using SocialeBasisBot.Wall;

namespace SocialeBasisBot.Teams;

/// <summary>
/// Turns the session's replies into Teams messages, and reports back to Core (<see cref="PostedCards"/>) which message
/// carries which item. Decides nothing: what to say and which summary to make come with the reply.
/// </summary>
public sealed class ReplySender(
    ItemCards itemCards,
    SummaryCards summaryCards,
    PostedCards postedCards,
    ExportDownloads downloads,
    FileConsent fileConsent,
    WallLinks wallLinks,
    IHttpContextAccessor http,
    Privacy.PrivacyReplies privacyReplies)
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
                case MentionReply mention:
                    await turn.SendActivityAsync(Meetings.Mentions.Message(mention), ct);
                    break;
                case ItemReply item:
                    await SendItemAsync(turn, item, ct);
                    break;
                case QuestionClosedReply closed:
                    // The closed card and the summary follow through the outbox (OutboxSender).
                    await turn.SendActivityAsync(MessageFactory.Text(closed.Announcement(say)), ct);
                    break;
                case ExportReply export:
                    await SendExportAsync(turn, export, say, ct);
                    break;
                case SocialeBasisBot.Privacy.ConfirmReply or SocialeBasisBot.Privacy.MyDataReply:
                    await privacyReplies.SendAsync(turn, reply, ct);
                    break;
                case WallReply wall:
                    await turn.SendActivityAsync(MessageFactory.Text(wallLinks.Message(wall, RequestBaseUrl())), ct);
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

    private async Task SendItemAsync(ITurnContext turn, ItemReply reply, CancellationToken ct)
    {
        // Item cards speak the programme's language whoever gave the command, so the count refresh (which has no
        // command to go by) never switches a card to another language.
        var open = reply.Item.IsQuestion;
        var card = itemCards.Render(reply.Programme, reply.Item, reply.Session.Id, reply.Position, reply.Total, 0, open,
            Phrases.For(reply.Programme.Language));
        var response = await turn.SendActivityAsync(CardActivity(card, reply.Item.Title), ct);
        if (response?.Id is { Length: > 0 } id)
        {
            await postedCards.PostedAsync(reply.Session.Id, reply.Item.Id, id, ct);
        }
    }

    private string RequestBaseUrl() =>
        http.HttpContext is { } context ? $"{context.Request.Scheme}://{context.Request.Host}" : "";

    private async Task SendExportAsync(ITurnContext turn, ExportReply reply, Phrases say, CancellationToken ct)
    {
        var set = downloads.Links(reply, RequestBaseUrl());
        var card = summaryCards.Export([.. set.Files.Select(f => (f.Spec.FileName, f.Url))], set.IncludeNames, set.Expires, say);
        await turn.SendActivityAsync(CardActivity(card, say.DownloadsTitle), ct);
        if (ActivityReader.IsPersonal(turn.Activity))
        {
            // In a 1:1 chat Teams can also take the files into the organiser's OneDrive (file consent).
            await fileConsent.OfferAsync(turn, set, ct);
        }
    }
}
