using System.Diagnostics;

namespace SocialeBasisBot.Telemetry;

/// <summary>One summary being made: ends its span and records its duration when disposed.</summary>
public readonly record struct SummaryTiming(string Kind, Activity? Activity, long Started) : IDisposable
{
    public void Dispose()
    {
        BotTelemetry.SummaryDuration.Record(
            Stopwatch.GetElapsedTime(Started).TotalSeconds, new KeyValuePair<string, object?>("socialebasisbot.summary.kind", Kind));
        Activity?.Dispose();
    }
}
