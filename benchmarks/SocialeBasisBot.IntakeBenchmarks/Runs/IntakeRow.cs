using SocialeBasisBot.IntakeBenchmarks.Load;

namespace SocialeBasisBot.IntakeBenchmarks.Runs;

/// <summary>One line of the intake table.</summary>
/// <param name="Stored">The answer count the bot reports for the open question afterwards (null: the bare bot
/// stores nothing, or the bot's status reply could not be read).</param>
/// <param name="Acknowledged">Answers the bot acknowledged with 2xx, warm-up included: what <paramref name="Stored"/> should be.</param>
/// <param name="Processor">Processor time the bot's processes used in the measured phase: per answer, the figure the
/// machine's load moves least (the rates swing with what else runs on the cores; the work per answer hardly does).</param>
public sealed record IntakeRow(string Target, LoadResult Load, int? Stored, int Acknowledged, TimeSpan Processor)
{
    /// <summary>Microseconds of the bot's processor time per answer it acknowledged in the measured phase.</summary>
    public double MicrosecondsPerAnswer => Load.Succeeded == 0 ? double.NaN : Processor.TotalMicroseconds / Load.Succeeded;
}
