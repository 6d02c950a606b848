using System.Globalization;

namespace SocialeBasisBot.IntakeBenchmarks.Runs;

/// <summary>
/// When the summary card came after `sluit` (NaN: never), when the bot answered the `sluit` turn, and each message the
/// bot showed in the chat on the way, in seconds after `sluit` was sent: where the seconds go, seen from Teams; and the
/// theme engine's own line with its stage times, when the bot logged it.
/// </summary>
public sealed record SummaryTimeline(double Seconds, double Acknowledged, IReadOnlyList<(double Seconds, string What)> Steps)
{
    public string? Engine { get; init; }

    /// <summary>
    /// Processor time the bot used from `sluit` until the card was shown: less sensitive to the machine's load than the
    /// wall time, and what shows work done twice.
    /// </summary>
    public TimeSpan ProcessorTime { get; init; }

    /// <summary>How long the bot took to go idle after the answers, when `sluit` waited for that.</summary>
    public TimeSpan? IdleAfter { get; init; }

    public string Describe() =>
        (IdleAfter is { } idle ? string.Create(CultureInfo.InvariantCulture, $"bot idle {idle.TotalSeconds:F1} s after the answers; ") : "")
        + string.Create(CultureInfo.InvariantCulture, $"bot processor time until the card {ProcessorTime.TotalSeconds:F2} s; `sluit` answered {Acknowledged:F2} s; ")
        + string.Join("; ", Steps.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Seconds:F2} s {s.What}")))
        + (Engine is null ? "" : $"\n    engine: {Engine}");
}
