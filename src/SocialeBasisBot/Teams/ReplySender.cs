using System.Text.Json.Nodes;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;
using SocialeBasisBot.Exports;
using SocialeBasisBot.Sessions;
using SocialeBasisBot.Summaries;
using SocialeBasisBot.Teams.Cards;

namespace SocialeBasisBot.Teams;

/// <summary>
/// Turns the session's replies into Teams messages, and reports back to Core (<see cref="PostedCards"/>) which message
/// carries which item. Decides nothing: what to say and which summary to make come with the reply.
/// </summary>
public sealed partial class ReplySender(
    ItemCards itemCards,
    SummaryCards summaryCards,
    PostedCards postedCards,
    SessionReports reports,
    ExportDownloads downloads,
    FileConsent fileConsent,
    IHttpContextAccessor http,
    IOptions<TeamsOptions> teamsOptions,
    TimeProvider time,
    ILogger<ReplySender> logger)
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
                    await SendItemAsync(turn, item, ct);
                    break;
                case QuestionClosedReply closed:
                    await MarkClosedAsync(turn, closed, ct);
                    await turn.SendActivityAsync(MessageFactory.Text(closed.Announcement(say)), ct);
                    await SendQuestionSummaryAsync(turn, closed, say, ct);
                    break;
                case SessionSummaryReply summary:
                    await SendWhenReadyAsync(turn, say, c => SessionCardsAsync(summary, say, c), ct);
                    break;
                case ExportReply export:
                    await SendExportAsync(turn, export, say, ct);
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

    /// <summary>Replaces the question card with its closed form: no input, the final count.</summary>
    private async Task MarkClosedAsync(ITurnContext turn, QuestionClosedReply reply, CancellationToken ct)
    {
        var posted = await postedCards.FindAsync(reply.Session.Id, reply.Item.Id, ct);
        if (posted is null)
        {
            return;
        }

        var card = itemCards.Render(reply.Programme, reply.Item, reply.Session.Id, reply.Programme.PositionOf(reply.Item), reply.Programme.Items.Count,
            reply.AnswerCount, open: false, Phrases.For(reply.Programme.Language));
        var update = CardActivity(card, reply.Item.Title);
        update.Id = posted;
        try
        {
            await turn.UpdateActivityAsync(update, ct);
            await postedCards.ShownAsync(reply.Session.Id, reply.Item.Id, reply.AnswerCount, ct);
        }
        catch (Microsoft.Bot.Schema.ErrorResponseException ex)
        {
            // The card may have been deleted by someone; closing the question does not depend on it.
            LogCardUpdateFailed(ex, reply.Item.Id);
        }
    }

    private Task SendQuestionSummaryAsync(ITurnContext turn, QuestionClosedReply closed, Phrases say, CancellationToken ct) =>
        SendWhenReadyAsync(turn, say, async c =>
        {
            JsonObject card = await reports.SummarizeAsync(closed.Summary, c) switch
            {
                PollSummary poll => summaryCards.Poll(poll, say),
                QuestionSummary question => summaryCards.Question(question, say),
                var other => throw new InvalidOperationException($"No Teams card for {other.GetType().Name}."),
            };
            return [card];
        }, ct);

    private async Task<IReadOnlyList<JsonObject>> SessionCardsAsync(SessionSummaryReply reply, Phrases say, CancellationToken ct) =>
        summaryCards.Session(await reports.SummarizeSessionAsync(reply.Session, ct), say);

    /// <summary>
    /// Posts the cards when they are ready. Work that takes longer than a moment first shows "Bezig met
    /// samenvatten…", which the first card then replaces, so the room sees that something is happening.
    /// </summary>
    private async Task SendWhenReadyAsync(
        ITurnContext turn, Phrases say, Func<CancellationToken, Task<IReadOnlyList<JsonObject>>> make, CancellationToken ct)
    {
        // On a worker thread: SQLite's "async" calls and the theme engine run synchronously, and the placeholder
        // must be able to go out while they work.
        var work = Task.Run(() => make(ct), ct);
        string? placeholder = null;
        if (await Task.WhenAny(work, Task.Delay(teamsOptions.Value.SummaryPatience, time, ct)) != work)
        {
            placeholder = (await turn.SendActivityAsync(MessageFactory.Text(say.Summarising), ct))?.Id;
        }

        var cards = await work;
        for (var i = 0; i < cards.Count; i++)
        {
            var activity = CardActivity(cards[i], cards[i]["fallbackText"]?.GetValue<string>() ?? say.Summarising);
            if (i == 0 && placeholder is not null)
            {
                activity.Id = placeholder;
                await turn.UpdateActivityAsync(activity, ct);
            }
            else
            {
                await turn.SendActivityAsync(activity, ct);
            }
        }
    }

    private async Task SendExportAsync(ITurnContext turn, ExportReply reply, Phrases say, CancellationToken ct)
    {
        var requestBaseUrl = http.HttpContext is { } context ? $"{context.Request.Scheme}://{context.Request.Host}" : "";
        var set = downloads.Links(reply, requestBaseUrl);
        var card = summaryCards.Export([.. set.Files.Select(f => (f.Spec.FileName, f.Url))], set.IncludeNames, set.Expires, say);
        await turn.SendActivityAsync(CardActivity(card, say.DownloadsTitle), ct);
        if (ActivityReader.IsPersonal(turn.Activity))
        {
            // In a 1:1 chat Teams can also take the files into the organiser's OneDrive (file consent).
            await fileConsent.OfferAsync(turn, set, ct);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not update the card of {ItemId} to its closed form")]
    private partial void LogCardUpdateFailed(Exception exception, string itemId);
}
