using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace SocialeBasisBot.Testing;

/// <summary>
/// A fake clock for the code under test that also tells when that code starts waiting on it (a retry back-off, a
/// delay), so a test can check how long it means to wait and then move the clock that far, instead of waiting in real
/// time. Register it as the TimeProvider; Microsoft.Extensions.Http.Resilience's retries wait on it too.
/// </summary>
public sealed class WatchedClock() : FakeTimeProvider(new DateTimeOffset(2026, 3, 12, 19, 30, 0, TimeSpan.Zero))
{
    private readonly Channel<TimeSpan> waits = Channel.CreateUnbounded<TimeSpan>();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        // Told only once the timer is set, or a test could move the clock before the timer counts from it.
        var timer = base.CreateTimer(callback, state, dueTime, period);
        // Periodic timers (the count refresh) tick on their own; only one-off waits are what a test steps through.
        if (period == Timeout.InfiniteTimeSpan && dueTime != Timeout.InfiniteTimeSpan)
        {
            waits.Writer.TryWrite(dueTime);
        }

        return timer;
    }

    /// <summary>The next one-off wait the bot starts; fails the test when none starts within <paramref name="timeout"/>.</summary>
    public async Task<TimeSpan> NextWaitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            return await waits.Reader.ReadAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"Nothing started a wait on its clock within {timeout}.");
        }
    }
}
