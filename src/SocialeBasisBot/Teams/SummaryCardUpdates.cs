using Microsoft.Bot.Builder;
using SocialeBasisBot.Corrections;
using SocialeBasisBot.Storage;
using SocialeBasisBot.Teams.Cards;

namespace SocialeBasisBot.Teams;

/// <summary>
/// Sends a queued <see cref="OutboxKind.SummaryUpdate"/>: the posted summary card of a question again, with the
/// facilitator's corrections, as an update of that message (a PUT, safe to retry). Updating it is safe, unlike the
/// open question card: the summary card holds no inputs, so nothing anyone typed is lost when Teams re-renders it.
/// Every facilitator the bot knows gets a refresh on the card, so their own Teams client shows their view to correct.
/// </summary>
public sealed class SummaryCardUpdates(ThemeCorrections corrections, SummaryCards summaryCards)
{
    public async Task<string?> SendAsync(
        OutboxMessage message, Func<string, BotCallbackHandler, CancellationToken, Task> continueAsync, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(continueAsync);
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

    /// <summary>Records which message carries a question's summary card, so a correction can update it.</summary>
    public Task PostedAsync(OutboxMessage message, string? activityId, CancellationToken ct) =>
        message is { Kind: OutboxKind.QuestionSummary, ItemId: { } itemId } && activityId is { Length: > 0 }
            ? corrections.SummaryPostedAsync(message.SessionId, itemId, activityId, ct)
            : Task.CompletedTask;
}
