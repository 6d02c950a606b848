namespace SocialeBasisBot.Storage;

/// <summary>
/// Wakes this instance's outbox worker as soon as a message is committed, so a summary goes out at once instead of at
/// the next poll. Other instances find it at their next poll.
/// </summary>
public sealed class OutboxSignal : IDisposable
{
    private readonly SemaphoreSlim wake = new(0, 1);

    public void Wake()
    {
        try
        {
            wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already awake-pending: one wake-up covers every message committed before the worker looks.
        }
    }

    public void Dispose() => wake.Dispose();

    /// <summary>
    /// Waits for a wake-up or <paramref name="wait"/>, whichever comes first. In real time, whatever clock the bot's
    /// logic runs on: this only paces looking at the database; when a message is due is decided on the bot's clock.
    /// </summary>
    public async Task WaitAsync(TimeSpan wait, CancellationToken ct)
    {
        using var timeout = new CancellationTokenSource(wait);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        try
        {
            await wake.WaitAsync(either.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // The poll interval passed.
        }
    }
}
