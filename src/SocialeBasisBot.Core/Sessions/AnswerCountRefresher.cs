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
    ProgrammeCatalog programmes)
{
    /// <summary>Questions whose count changed since the last call; each is taken once.</summary>
    public IReadOnlyList<(string SessionId, string ItemId)> TakeChanged() => updates.TakeAll();

    /// <summary>
    /// Sends the refreshed card through <paramref name="send"/> when its count is out of date; true when sent.
    /// Holds no lock: answers and `sluit` must never wait on this update to Teams. A refresh that read "open" may
    /// land after `sluit` put the closed card up; it then looks at the session again and, if the question closed
    /// meanwhile, sends the closed form once more, so the answer box never stays on a closed card.
    /// </summary>
    public async Task<bool> RefreshAsync(string sessionId, string itemId, Func<CardRefresh, CancellationToken, Task> send, CancellationToken ct)
    {
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
        if (open && (await store.FindSessionAsync(sessionId, ct))?.OpenItemId != itemId)
        {
            var closed = await store.CountAnswersAsync(sessionId, itemId, ct);
            await send(new CardRefresh(session.ConversationReference, posted.ActivityId, session, programme, item, closed, Open: false), ct);
            await store.SetShownCountAsync(sessionId, itemId, closed, ct);
        }

        return true;
    }
}
