namespace SocialeBasisBot.IntakeBenchmarks.Runs;

/// <summary>The knobs of one benchmark run (see Program.cs for their command-line names and defaults).</summary>
/// <param name="Connections">Concurrent keep-alive connections of the load generator.</param>
/// <param name="Count">At most this many answers per measured phase.</param>
/// <param name="Duration">At most this long per measured phase.</param>
/// <param name="WarmUp">At most this many answers sent before each measured phase, not counted.</param>
/// <param name="WarmUpDuration">At most this long: tiered JIT recompiles hot code only after it has run a while, later
/// still on a busy machine, so the warm-up is bounded by time rather than by a count that the bare bot gets through in
/// a tenth of a second.</param>
/// <param name="Participants">Distinct people the answers come from, all in one conversation.</param>
/// <param name="SummaryAnswers">Answers before `sluit` in the summary run.</param>
/// <param name="Rounds">How often each target is measured (each time right after the bare bot); targets use the median.</param>
/// <param name="BotDll">The bot's built SocialeBasisBot.dll.</param>
/// <param name="Postgres">PostgreSQL to use; null starts a throwaway one; <see cref="WithPostgres"/> false skips it.</param>
/// <param name="Wall">Keep the session's theme wall open (its event stream read) while the real bot is measured.</param>
/// <param name="SummaryOnly">Only the summary run (answers, `sluit`, the card), no intake targets: for profiling it.</param>
/// <param name="PostgresOnly">Only the PostgreSQL intake targets (one and two instances), no SQLite, no summaries: for
/// profiling PostgreSQL.</param>
public sealed record BenchmarkSettings(
    int Connections,
    int Count,
    TimeSpan Duration,
    int WarmUp,
    TimeSpan WarmUpDuration,
    int Participants,
    int SummaryAnswers,
    int Rounds,
    string BotDll,
    bool WithPostgres,
    string? Postgres,
    bool Wall = false,
    bool SummaryOnly = false,
    bool PostgresOnly = false);
