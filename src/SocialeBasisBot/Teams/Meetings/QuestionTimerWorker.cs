using Microsoft.Extensions.Options;
using SocialeBasisBot.Sessions;

namespace SocialeBasisBot.Teams.Meetings;

/// <summary>
/// Looks every second for question timers that are due (in the database, so after a restart too) and has Core fire
/// them. Everything a timer says (the reminder; the close's closed card, "closed" line and summary, like a `sluit`)
/// is queued in the outbox by Core in the transaction that fires it, so it survives a restart and is sent once.
/// </summary>
public sealed partial class QuestionTimerWorker(
    QuestionTimer timers,
    SessionService sessions,
    IOptions<TeamsOptions> options,
    TimeProvider time,
    ILogger<QuestionTimerWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var tick = new PeriodicTimer(options.Value.TimerLookInterval, time);
        while (await tick.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                foreach (var due in await timers.DueAsync(stoppingToken))
                {
                    await sessions.FireTimerAsync(due);
                }
            }
            catch (Exception e) when (e is Microsoft.EntityFrameworkCore.DbUpdateException || Storage.StorageOutage.Is(e))
            {
                // The timer is still in the database (or already fired and queued its summary): the next tick goes on.
                LogTickFailed(e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A question timer tick failed; the next tick tries again")]
    private partial void LogTickFailed(Exception exception);
}
