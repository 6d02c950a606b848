namespace SocialeBasisBot.Wall;

/// <summary>
/// The wall's share of a core (<see cref="WallOptions.ThemeCpuShare"/>): after a provisional theming that took
/// processor time <c>t</c>, the next one (of any session) waits <c>t × (1 / share − 1)</c>, so from one start to the
/// next the theming used at most that share of one core, whatever the machine or the number of answers. A theming
/// that grows costlier (more answers, a busier machine stretching it) makes the wall theme less often by itself.
/// Thread-safe; one per process, like the one-theming-at-a-time rule it goes with.
/// </summary>
public sealed class ThemingBudget(double share)
{
    private long nextTicks = DateTimeOffset.MinValue.UtcTicks;

    /// <summary>The earliest moment the next provisional theming may start.</summary>
    public DateTimeOffset NextAt => new(Interlocked.Read(ref nextTicks), TimeSpan.Zero);

    public bool Allows(DateTimeOffset now) => now.UtcTicks >= Interlocked.Read(ref nextTicks);

    /// <summary>Records a theming that finished at <paramref name="finished"/> after <paramref name="processor"/> of processor time; returns the wait before the next.</summary>
    public TimeSpan Spent(TimeSpan processor, DateTimeOffset finished)
    {
        var wait = processor <= TimeSpan.Zero ? TimeSpan.Zero : processor * (1 / share - 1);
        Interlocked.Exchange(ref nextTicks, (finished + wait).UtcTicks);
        return wait;
    }
}
