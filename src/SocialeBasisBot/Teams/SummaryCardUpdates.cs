using Microsoft.Bot.Builder;
using SocialeBasisBot.Corrections;
using SocialeBasisBot.Storage;
using SocialeBasisBot.Teams.Cards;

namespace SocialeBasisBot.Teams;

/// <summary>
/// Sends a queued <see cref="OutboxKind.SummaryUpdate"/>: the posted summary card of a question again, with the
/// facilitator's corrections, as an update of that message (a PUT, safe to retry); without an item, the session's
/// posted overview (its cards per building block) the same way. Updating it is safe, unlike the
/// open question card: the summary card holds no inputs, so nothing anyone typed is lost when Teams re-renders it.
/// Every facilitator the bot knows gets a refresh on the card, so their own Teams client shows their view to correct.
/// </summary>
public sealed partial class SummaryCardUpdates(ThemeCorrections corrections, SummaryCards summaryCards, ILogger<SummaryCardUpdates> logger)
{
    public async Task<string?> SendAsync(
        OutboxMessage message, Func<string, BotCallbackHandler, CancellationToken, Task> continueAsync, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(continueAsync);
        if (message.ItemId is null)
        {
            return await SendOverviewAsync(message, continueAsync, ct);
        }

        if (await corrections.UpdateAsync(message, ct) is not { } update)
        {
            return null;
        }

        var card = summaryCards.Question(update.Summary, update.Say, update.Session.Id);
        if (update.Facilitators.Count > 0)
        {
            SummaryCards.WithRefresh(card, update.Session.Id, update.Summary.ItemId, update.Facilitators);
        }

        var activity = OutboxActivities.CardActivity(card, card["fallbackText"]?.GetValue<string>() ?? update.Say.SummaryTitle(update.Summary.QuestionText));
        activity.Id = update.ActivityId;
        await continueAsync(update.Session.ConversationReference!, (turn, token) => turn.UpdateActivityAsync(activity, token), ct);
        return null;
    }

    /// <summary>
    /// The posted overview again, corrected, part by part into the messages that carry it (PUTs, safe to retry). Should
    /// a correction change how many cards the overview takes (a block grown past a message's size), nothing is updated
    /// and the log says so: writing the new parts into the old messages would shift blocks and drop the last ones from
    /// the chat. The summary cards, the wall, `samenvatting` and the exports show the corrected themes either way.
    /// </summary>
    private async Task<string?> SendOverviewAsync(
        OutboxMessage message, Func<string, BotCallbackHandler, CancellationToken, Task> continueAsync, CancellationToken ct)
    {
        if (await corrections.OverviewUpdateAsync(message, ct) is not { } update)
        {
            return null;
        }

        var cards = summaryCards.Session(update.Summary, update.Say);
        if (cards.Count != update.ActivityIds.Count)
        {
            LogPartsDiffer(update.Session.Id, update.ActivityIds.Count, cards.Count);
            return null;
        }

        for (var i = 0; i < cards.Count; i++)
        {
            var activity = OutboxActivities.CardActivity(cards[i], cards[i]["fallbackText"]?.GetValue<string>() ?? update.Say.Summarising);
            activity.Id = update.ActivityIds[i];
            await continueAsync(update.Session.ConversationReference!, (turn, token) => turn.UpdateActivityAsync(activity, token), ct);
        }

        return null;
    }

    /// <summary>
    /// Records the message that now carries part <paramref name="index"/> of a question's summary or a session's overview,
    /// so a correction can update it; called as each part is posted, also when a retry goes on after earlier parts.
    /// </summary>
    public Task PartPostedAsync(OutboxMessage message, int index, string? activityId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message switch
        {
            { Kind: OutboxKind.QuestionSummary, ItemId: { } itemId } when index == 0 && activityId is { Length: > 0 } =>
                corrections.SummaryPostedAsync(message.SessionId, itemId, activityId, ct),
            // An empty id is no id: the overview could not be updated in order (as before parts were recorded one by one).
            { Kind: OutboxKind.SessionSummary } =>
                corrections.OverviewPartPostedAsync(message.SessionId, index, activityId is { Length: > 0 } ? activityId : null, ct),
            _ => Task.CompletedTask,
        };
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The corrected overview of session {SessionId} takes {Now} cards where {Posted} were posted; the posted overview is left as it was (samenvatting posts the corrected one)")]
    private partial void LogPartsDiffer(string sessionId, int posted, int now);
}
