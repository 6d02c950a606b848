using System.Collections.Concurrent;
using SocialeBasisBot.Answers;

namespace SocialeBasisBot.Wall;

/// <summary>
/// The answer texts one wall handed to <see cref="AnswerPreparation"/> for embedding while a question is open: each
/// once, so a theming every few seconds does not queue the same missing answers again and again. A full preparation
/// queue drops its oldest texts (<see cref="AnswerPreparation.DroppedCount"/>), and a dropped text the wall had handed
/// over would stay out of the wall's themes until `sluit`; so once the drop count changes, every text may be handed
/// over again (once more).
/// </summary>
public sealed class PreparationHandOver(AnswerPreparation preparation)
{
    private readonly ConcurrentDictionary<string, bool> handed = new(StringComparer.Ordinal);
    private long droppedSeen = preparation.DroppedCount;

    /// <summary>Queues <paramref name="text"/> for embedding unless it was queued already since the last drop; true when queued now.</summary>
    public bool HandOver(string text)
    {
        if (preparation.DroppedCount != Interlocked.Read(ref droppedSeen))
            handed.Clear();
        if (!handed.TryAdd(text, true))
            return false;
        preparation.Enqueue(text);
        // A drop this very text caused (the queue is still full) is no reason to hand every text over again; racing
        // callers may hand a text over twice, never lose it.
        Interlocked.Exchange(ref droppedSeen, preparation.DroppedCount);
        return true;
    }
}
