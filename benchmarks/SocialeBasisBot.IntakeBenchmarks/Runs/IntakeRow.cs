using SocialeBasisBot.IntakeBenchmarks.Hosts;
using SocialeBasisBot.IntakeBenchmarks.Load;

namespace SocialeBasisBot.IntakeBenchmarks.Runs;

/// <summary>One line of the intake table.</summary>
/// <param name="Stored">The answer count the bot reports for the open question afterwards (null: the bare bot
/// stores nothing, or the bot's status reply could not be read).</param>
/// <param name="Acknowledged">Answers the bot acknowledged with 2xx, warm-up included: what <paramref name="Stored"/> should be.</param>
/// <param name="Processor">Processor time the bot's processes used in the measured phase: per answer, the figure the
/// machine's load moves least (the rates swing with what else runs on the cores; the work per answer hardly does).</param>
/// <param name="Generator">Processor time of this program in the measured phase: the load generator and the local Teams
/// connector, which share the cores with the bot.</param>
/// <param name="Server">What the PostgreSQL server did in the measured phase (null: not on PostgreSQL).</param>
public sealed record IntakeRow(string Target, LoadResult Load, int? Stored, int Acknowledged, TimeSpan Processor, TimeSpan Generator, PostgresSample? Server = null)
{
    /// <summary>Microseconds of the bot's processor time per answer it acknowledged in the measured phase.</summary>
    public double MicrosecondsPerAnswer => Load.Succeeded == 0 ? double.NaN : Processor.TotalMicroseconds / Load.Succeeded;

    public double GeneratorMicrosecondsPerAnswer => Load.Succeeded == 0 ? double.NaN : Generator.TotalMicroseconds / Load.Succeeded;

    /// <summary>The PostgreSQL server's processor time per answer; NaN when not measured.</summary>
    public double ServerMicrosecondsPerAnswer => Load.Succeeded == 0 || Server?.Processor is not { } server ? double.NaN : server.TotalMicroseconds / Load.Succeeded;

    /// <summary>Processor time per answer of everything the run kept busy: bot, database server (when measured), load generator.</summary>
    public double AllMicrosecondsPerAnswer =>
        MicrosecondsPerAnswer + GeneratorMicrosecondsPerAnswer + (Server is null ? 0 : ServerMicrosecondsPerAnswer);
}
