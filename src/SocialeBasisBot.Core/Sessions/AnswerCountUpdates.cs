using System.Collections.Concurrent;

namespace SocialeBasisBot.Sessions;

/// <summary>
/// Questions whose answer count changed since the card was last updated. Many answers in a few seconds collapse
/// into one card update, which keeps the bot far under Teams' per-thread rate limit.
/// </summary>
public sealed class AnswerCountUpdates
{
    // The conversation travels with the mark, so turning marks into outbox messages needs no session lookup.
    private readonly ConcurrentDictionary<(string ConversationId, string SessionId, string ItemId), byte> pending = new();

    public void MarkChanged(string conversationId, string sessionId, string itemId) => pending.TryAdd((conversationId, sessionId, itemId), 0);

    public IReadOnlyList<(string ConversationId, string SessionId, string ItemId)> TakeAll()
    {
        var taken = new List<(string, string, string)>();
        foreach (var key in pending.Keys)
        {
            if (pending.TryRemove(key, out _))
            {
                taken.Add(key);
            }
        }

        return taken;
    }
}
