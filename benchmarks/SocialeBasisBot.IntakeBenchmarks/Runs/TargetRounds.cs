namespace SocialeBasisBot.IntakeBenchmarks.Runs;

/// <summary>Every round of one target: the bare bot's run and the real bot's run right after it.</summary>
public sealed record TargetRounds(string Target, IReadOnlyList<(IntakeRow Bare, IntakeRow Bot)> Rounds)
{
    /// <summary>The real bot's answers/s over its bare run's, median over the rounds.</summary>
    public double Ratio => Median(r => r.Bot.Load.Rate / r.Bare.Load.Rate);

    public double Rate => Median(r => r.Bot.Load.Rate);

    public double P99 => Median(r => r.Bot.Load.P99);

    /// <summary>The real bot's processor time per answer over the bare bot's, median over the rounds.</summary>
    public double ProcessorRatio => Median(r => r.Bot.MicrosecondsPerAnswer / r.Bare.MicrosecondsPerAnswer);

    private double Median(Func<(IntakeRow Bare, IntakeRow Bot), double> figure)
    {
        var sorted = Rounds.Select(figure).Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
