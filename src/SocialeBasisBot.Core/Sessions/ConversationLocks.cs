using System.Collections.Concurrent;

namespace SocialeBasisBot.Sessions;

/// <summary>
/// One turn at a time per conversation for what changes a session: two facilitators typing `volgende` at once, or an
/// answer arriving while `sluit` closes the question, must not interleave (the answer would be stored after the
/// count was posted). Held only for database work, never across a call to Teams or the theme engine. Per process.
/// </summary>
public sealed class ConversationLocks
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> locks = new(StringComparer.Ordinal);

    public async Task<IDisposable> EnterAsync(string conversationId, CancellationToken ct)
    {
        var gate = locks.GetOrAdd(conversationId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        return new Release(gate);
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
