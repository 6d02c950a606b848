namespace SocialeBasisBot.IntakeBenchmarks.Load;

/// <summary>What one load phase did: requests answered 2xx, the others, wall time, and the 2xx latencies sorted.</summary>
public sealed record LoadResult(int Succeeded, int Failed, TimeSpan Elapsed, IReadOnlyList<double> SortedLatenciesMs)
{
    /// <summary>Requests answered 2xx per second of wall time.</summary>
    public double Rate => Succeeded / Elapsed.TotalSeconds;

    public double P50 => Percentile(0.50);

    public double P99 => Percentile(0.99);

    /// <summary>Nearest-rank percentile of the 2xx latencies; NaN when there were none.</summary>
    public double Percentile(double p) => SortedLatenciesMs.Count == 0
        ? double.NaN
        : SortedLatenciesMs[Math.Clamp((int)Math.Ceiling(p * SortedLatenciesMs.Count) - 1, 0, SortedLatenciesMs.Count - 1)];
}
