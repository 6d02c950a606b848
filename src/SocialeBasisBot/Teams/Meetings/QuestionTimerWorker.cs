using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using SocialeBasisBot.Sessions;

namespace SocialeBasisBot.Teams.Meetings;

/// <summary>
/// Looks every second for question timers that are due (in the database, so after a restart too) and has Core fire
/// them; then says what Core returned in the chat. The close itself, with its closed card and summary, is queued in
/// the outbox by Core like a `sluit`; the reminder and the "closed" line are sent here, once, by the instance that
/// fired the timer. Nothing here holds a lock while it calls Teams.
/// </summary>
public sealed partial class QuestionTimerWorker(
    QuestionTimer timers,
    SessionService sessions,
    ReplySender replies,
    TeamsAdapter adapter,
    IOptions<BotIdentityOptions> identity,
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
                    if (await sessions.FireTimerAsync(due) is { } fired)
                    {
                        await SayAsync(fired, stoppingToken);
                    }
                }
            }
            catch (Exception e) when (e is System.Data.Common.DbException or Microsoft.EntityFrameworkCore.DbUpdateException
                or Microsoft.Bot.Schema.ErrorResponseException or HttpRequestException)
            {
                // The timer is still in the database (or already fired and queued its summary): the next tick goes on.
                LogTickFailed(e);
            }
        }
    }

    private Task SayAsync(TimerFired fired, CancellationToken ct) =>
        adapter.ContinueConversationAsync(
            identity.Value.MicrosoftAppId,
            JsonConvert.DeserializeObject<ConversationReference>(fired.ConversationReference)!,
            (turn, token) => replies.SendAsync(turn, fired.Replies, fired.Say, token),
            ct);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A question timer tick failed; the next tick tries again")]
    private partial void LogTickFailed(Exception exception);
}
