using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace SocialeBasisBot.Telemetry;

/// <summary>
/// The bot's own traces and metrics, in plain System.Diagnostics so Core needs no OpenTelemetry package: the host
/// listens to <see cref="Name"/> only when telemetry is switched on (Telemetry:*), and until then every call here
/// costs next to nothing. Static, so the code that counts stays one line where it happens.
/// </summary>
public static class BotTelemetry
{
    public const string Name = "SocialeBasisBot";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    public static readonly Counter<long> AnswersReceived = Meter.CreateCounter<long>(
        "socialebasisbot.answers.received", "{answer}", "Answers stored (a message delivered twice counts once).");

    public static readonly Histogram<double> IntakeDuration = Meter.CreateHistogram<double>(
        "socialebasisbot.intake.duration", "s", "Time from a Teams request reaching /api/messages to the bot's answer to it.");

    public static readonly Counter<long> TeamsThrottled = Meter.CreateCounter<long>(
        "socialebasisbot.teams.throttled", "{response}", "429 Too Many Requests answers from Teams, each attempt counted.");

    public static readonly Histogram<double> SummaryDuration = Meter.CreateHistogram<double>(
        "socialebasisbot.summary.duration", "s", "Time to make a summary (themes included).");

    /// <summary>The outbox backlog gauge's name; the host's gauge reads the database (Hosting/Telemetry).</summary>
    public const string OutboxBacklog = "socialebasisbot.outbox.backlog";

    /// <summary>A span for one outbox message going to Teams.</summary>
    public static Activity? OutboxSend(string kind) =>
        Source.StartActivity("outbox.send", ActivityKind.Producer, null, [new("socialebasisbot.outbox.kind", kind)]);

    /// <summary>Times a summary (span and histogram) until disposed.</summary>
    public static SummaryTiming Summary(string kind) => new(kind, Source.StartActivity("summary." + kind), Stopwatch.GetTimestamp());
}
