using Microsoft.Extensions.Options;
using SocialeBasisBot.Sessions;

namespace SocialeBasisBot.Teams;

/// <summary>
/// Keeps the visible answer count on question cards up to date, at most every few seconds: each interval it queues a
/// refresh in the outbox for the cards whose count changed (<see cref="AnswerCountRefresher"/>), and the outbox worker
/// sends it. Nothing here waits on Teams.
/// </summary>
public sealed partial class AnswerCountUpdater(
    AnswerCountRefresher refresher,
    IOptions<TeamsOptions> options,
    TimeProvider time,
    ILogger<AnswerCountUpdater> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.CountUpdateInterval;
        using var timer = new PeriodicTimer(interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await refresher.QueueChangedAsync(interval, stoppingToken);
            }
            catch (System.Data.Common.DbException ex)
            {
                // A refresh is cosmetic and the answers are stored; the next answer marks the card again.
                LogQueueFailed(ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not queue answer count refreshes")]
    private partial void LogQueueFailed(Exception exception);
}
