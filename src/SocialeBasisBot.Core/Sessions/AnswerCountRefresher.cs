using SocialeBasisBot.Programme;
using SocialeBasisBot.Storage;

namespace SocialeBasisBot.Sessions;

/// <summary>
/// Decides which question cards need a new answer count and what they should show; the edge only renders and sends
/// (<see cref="RefreshAsync"/>'s callback). Answers mark their question in <see cref="AnswerCountUpdates"/>.
/// </summary>
public sealed class AnswerCountRefresher(
    AnswerCountUpdates updates,
    SessionStore store,
    ProgrammeCatalog programmes,
    ConversationLocks locks)
{
    /// <summary>Questions whose count changed since the last call; each is taken once.</summary>
    public IReadOnlyList<(string SessionId, string ItemId)> TakeChanged() => updates.TakeAll();

    /// <summary>Sends the refreshed card through <paramref name="send"/> when its count is out of date; true when sent.</summary>
    public async Task<bool> RefreshAsync(string sessionId, string itemId, Func<CardRefresh, CancellationToken, Task> send, CancellationToken ct)
    {
        var conversationId = (await store.FindSessionAsync(sessionId, ct))?.ConversationId;
        if (conversationId is null)
        {
            return false;
        }

        // Under the conversation's lock, so `sluit` cannot close the question between reading "open" here and this
        // update reaching Teams: a late refresh would otherwise put the answer box back on a closed card. This is
        // the one lock held across a Teams call, as before; the durable outbox of the next issue replaces it.
        using var turn = await locks.EnterAsync(conversationId, ct);
        var session = await store.FindSessionAsync(sessionId, ct);
        var posted = await store.FindPostedCardAsync(sessionId, itemId, ct);
        if (session?.ConversationReference is null || posted is null)
        {
            return false;
        }

        var count = await store.CountAnswersAsync(sessionId, itemId, ct);
        if (count == posted.ShownCount
            || programmes.Find(session.ProgrammeId) is not { } programme
            || programme.FindItem(itemId) is not { } item)
        {
            return false;
        }

        var open = session.OpenItemId == itemId;
        await send(new CardRefresh(session.ConversationReference, posted.ActivityId, session, programme, item, count, open), ct);
        await store.SetShownCountAsync(sessionId, itemId, count, ct);
        return true;
    }
}
