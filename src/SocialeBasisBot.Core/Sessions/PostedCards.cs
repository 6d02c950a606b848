using SocialeBasisBot.Storage;

namespace SocialeBasisBot.Sessions;

/// <summary>
/// The port through which the edge reports which message carries which item's card; Core
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
}
