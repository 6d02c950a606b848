using SocialeBasisBot.Storage;

namespace SocialeBasisBot.Sessions;

/// <summary>
/// Decides which question cards need a new answer count and what a card should show; the outbox worker at the edge
/// renders and sends. Answers mark their question in <see cref="AnswerCountUpdates"/>; <see cref="QueueChangedAsync"/>
/// turns the marks into outbox messages, coalesced per card.
/// </summary>
public sealed class AnswerCountRefresher(
    AnswerCountUpdates updates,
    SessionStore store,
    OutboxStore outbox,
    Programme.ProgrammeCatalog programmes)
{
    /// <summary>Queues one refresh per card whose count changed since the last call; at most one per interval.</summary>
    public async Task<int> QueueChangedAsync(TimeSpan interval, CancellationToken ct)
    {
        var queued = 0;
        foreach (var (conversationId, sessionId, itemId) in updates.TakeAll())
        {
            if (await outbox.EnqueueCountRefreshAsync(conversationId, sessionId, itemId, interval, ct))
            {
                queued++;
            }
            else
            {
                // A refresh is pending already, and may be on its way with a count read before this answer: keep the
                // mark, so a refresh after it shows this answer too (one that finds the count shown sends nothing).
                updates.MarkChanged(conversationId, sessionId, itemId);
            }
        }

        return queued;
    }

    /// <summary>
    /// What the item's card should show now, read when the worker is about to send. For a count refresh: null when
    /// the card was never posted, its count is shown already, or the question is closed by now. That last check, at
    /// send time, is what keeps a refresh from putting the answer box back on a closed card: the closed card was
    /// queued in the same transaction as the close, after any refresh of the card, and a conversation's messages go
    /// out one at a time in order. For the closed form (<paramref name="closing"/>): always the final count.
    /// </summary>
    public async Task<CardRefresh?> CardAsync(string sessionId, string itemId, bool closing, CancellationToken ct)
    {
        var session = await store.FindSessionAsync(sessionId, ct);
        var posted = await store.FindPostedCardAsync(sessionId, itemId, ct);
        if (session?.ConversationReference is null || posted is null
            || programmes.Find(session.ProgrammeId) is not { } programme
            || programme.FindItem(itemId) is not { } item)
        {
            return null;
        }

        var count = await store.CountAnswersAsync(sessionId, itemId, ct);
        var open = session.OpenItemId == itemId;
        if (!closing && (!open || count == posted.ShownCount))
        {
            return null;
        }

        return new CardRefresh(session.ConversationReference, posted.ActivityId, session, programme, item, count, Open: !closing && open);
    }

    public Task ShownAsync(CardRefresh refresh, CancellationToken ct) =>
        store.SetShownCountAsync(refresh.Session.Id, refresh.Item.Id, refresh.AnswerCount, ct);
}
