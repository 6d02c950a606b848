using System.Diagnostics.Metrics;
using Microsoft.Extensions.Options;
using SocialeBasisBot.Storage;
using SocialeBasisBot.Telemetry;

namespace SocialeBasisBot.Hosting.Telemetry;

/// <summary>
/// The number of outbox messages waiting to go to Teams, over all instances. A gauge's callback must not wait on the
/// database, so this counts every <see cref="TelemetryOptions.BacklogInterval"/> and the gauge reports the last count.
/// Registered only while telemetry is on.
/// </summary>
public sealed partial class OutboxBacklogGauge : BackgroundService
{
    private readonly OutboxStore outbox;
    private readonly TimeProvider time;
    private readonly TelemetryOptions options;
    private readonly ILogger<OutboxBacklogGauge> logger;
    private long pending;
    private volatile bool counted;

    public OutboxBacklogGauge(
        IMeterFactory meters, OutboxStore outbox, TimeProvider time, IOptions<TelemetryOptions> options, ILogger<OutboxBacklogGauge> logger)
    {
        this.outbox = outbox;
        this.time = time;
        this.options = options.Value;
        this.logger = logger;
        meters.Create(BotTelemetry.Name).CreateObservableGauge(
            BotTelemetry.OutboxBacklog,
            () => counted ? [new Measurement<long>(Interlocked.Read(ref pending))] : Array.Empty<Measurement<long>>(),
            "{message}",
            "Outbox messages waiting to be sent to Teams (count refreshes included), over all instances.");
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.BacklogInterval, time);
        do
        {
            try
            {
                Interlocked.Exchange(ref pending, await outbox.CountPendingAsync(stoppingToken));
                counted = true;
            }
            catch (Exception ex) when (StorageOutage.Is(ex))
            {
                LogCountFailed(ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not count the outbox backlog; trying again at the next interval")]
    private partial void LogCountFailed(Exception exception);
}
