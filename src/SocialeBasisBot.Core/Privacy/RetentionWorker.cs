using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SocialeBasisBot.Privacy;

/// <summary>
/// Removes old sessions once a day over all instances. Every instance looks every
/// <see cref="RetentionOptions.RetentionCheckInterval"/>; the database row of the job decides which one runs it
/// (<see cref="PrivacyStore.TryClaimAsync"/>), and when the next run is due survives restarts.
/// </summary>
public sealed partial class RetentionWorker(
    PrivacyStore store,
    PrivacyService privacy,
    IOptions<RetentionOptions> options,
    TimeProvider time,
    ILogger<RetentionWorker> logger) : BackgroundService
{
    public const string Job = "retention";

    private readonly string instance = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RetentionCheckInterval, time);
        do
        {
            await RunIfDueAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Runs the removal when this instance claims today's run; true when it did.</summary>
    public async Task<bool> RunIfDueAsync(CancellationToken ct)
    {
        try
        {
            var now = time.GetUtcNow();
            if (!await store.TryClaimAsync(Job, now, now.AddDays(1), instance, ct))
            {
                return false;
            }

            await privacy.RemoveExpiredAsync(ct);
            return true;
        }
        catch (Exception ex) when (Storage.StorageOutage.Is(ex))
        {
            // The database is away for a moment; the job stays due and the next look tries again.
            LogFailed(ex);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retention: could not remove old sessions; trying again at the next check")]
    private partial void LogFailed(Exception exception);
}
