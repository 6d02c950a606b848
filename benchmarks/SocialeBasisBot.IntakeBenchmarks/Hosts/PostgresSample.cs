namespace SocialeBasisBot.IntakeBenchmarks.Hosts;

/// <summary>The PostgreSQL server's counters at one moment.</summary>
/// <param name="Processor">Processor time of all its processes so far; null where /proc cannot be read.</param>
/// <param name="NextTransaction">The next transaction id: the difference of two samples counts the transactions that wrote.</param>
/// <param name="WalBytes">WAL position in bytes.</param>
public sealed record PostgresSample(TimeSpan? Processor, long NextTransaction, long WalBytes)
{
    /// <summary>What happened between <paramref name="before"/> and this sample.</summary>
    public PostgresSample Since(PostgresSample before) =>
        new(Processor - before.Processor, NextTransaction - before.NextTransaction, WalBytes - before.WalBytes);
}
