using SocialeBasisBot.IntakeBenchmarks.Load;

namespace SocialeBasisBot.IntakeBenchmarks.Runs;

/// <summary>One line of the intake table.</summary>
/// <param name="Stored">The answer count the bot reports for the open question afterwards (null: the bare bot
/// stores nothing, or the bot's status reply could not be read).</param>
/// <param name="Acknowledged">Answers the bot acknowledged with 2xx, warm-up included: what <paramref name="Stored"/> should be.</param>
public sealed record IntakeRow(string Target, LoadResult Load, int? Stored, int Acknowledged);
