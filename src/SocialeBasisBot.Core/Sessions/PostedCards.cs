using SocialeBasisBot.Storage;

namespace SocialeBasisBot.Sessions;

/// <summary>
/// The port through which the edge reports which message carries which item's card, and what count it shows; Core
/// keeps the record, so closing, refreshing and card submits can find the card again.
/// </summary>
public sealed class PostedCards(SessionStore store, TimeProvider time)
{
    public Task PostedAsync(string sessionId, string itemId, string activityId, CancellationToken ct) =>
        store.SavePostedCardAsync(new PostedCard
        {
            SessionId = sessionId,
            ItemId = itemId,
            ActivityId = activityId,
            PostedAt = time.GetUtcNow(),
        }, ct);

    /// <summary>The message id of the item's card, or null when it was never posted (or Teams gave no id).</summary>
    public async Task<string?> FindAsync(string sessionId, string itemId, CancellationToken ct) =>
        (await store.FindPostedCardAsync(sessionId, itemId, ct))?.ActivityId;

    public Task ShownAsync(string sessionId, string itemId, int count, CancellationToken ct) =>
        store.SetShownCountAsync(sessionId, itemId, count, ct);
}
