using System.Diagnostics;
using System.Globalization;
using SocialeBasisBot.IntakeBenchmarks.Hosts;
using SocialeBasisBot.IntakeBenchmarks.Load;
using SocialeBasisBot.LocalTeams;

namespace SocialeBasisBot.IntakeBenchmarks.Runs;

/// <summary>
/// The whole run: the real bot on SQLite, on PostgreSQL and as two processes on one PostgreSQL, each measured right
/// after the bare bot under the same load (one conversation, the same Teams-shaped answers, the same connector as
/// serviceUrl), so each ratio compares two measurements taken under the same machine load; then 500 answers and
/// `sluit` on each database. Prints a table, the summary times and the targets.
/// </summary>
public sealed class IntakeBenchmark(BenchmarkSettings settings, TextWriter output)
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);
    private const string WallTheming = "Wall theming of session";
    private readonly List<TargetRounds> targets = [];
    private readonly List<(string Database, SummaryTimeline Timeline)> summaries = [];
    private List<double> replyTimes = [];

    public async Task<int> RunAsync(CancellationToken ct)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Environment.ProcessorCount} cores, load average {LoadAverage()}; {settings.Connections} connections, at most {settings.Count} answers or {settings.Duration.TotalSeconds:F0} s per target after a warm-up of {settings.WarmUpDuration.TotalSeconds:F0} s (at most {settings.WarmUp} answers); one conversation, {settings.Participants} participants"));
        output.WriteLine();
        output.WriteLine("target                                        | answers | failed | answers/s | p50 ms | p99 ms | × bare | CPU µs/answer | CPU × bare | stored / acknowledged");
        await using var connector = await LocalTeamsConnector.StartAsync(ct);
        await using var bare = await ChildProcess.StartAsync("bare bot", typeof(IntakeBenchmark).Assembly.Location, ["bare-bot"], StartTimeout, ct);

        var work = Directory.CreateTempSubdirectory("sbb-intake-bench-");
        try
        {
            if (settings.PostgresOnly)
            {
                return await PostgresIntakeAsync(connector, bare, ct);
            }

            await using (var bot = await StartBotAsync("SQLite", [$"--ConnectionStrings:SocialeBasisBot=Data Source={Path.Combine(work.FullName, "bench.db")}"], ct))
            {
                if (!settings.SummaryOnly)
                {
                    await MeasureAsync("real bot, SQLite, 1 instance", connector, bare, [bot], ct);
                    await ReplyTimesAsync(connector, bot, ct);
                }

                await SummariesAsync("SQLite", connector, bot, ct);
            }
        }
        finally
        {
            work.Delete(recursive: true);
        }

        if (settings.WithPostgres)
        {
            await using var postgres = await PostgresServer.StartAsync(settings.Postgres, ct);
            await using var meter = await PostgresMeter.OpenAsync(postgres.ConnectionString, ct);
            await using (var bot = await StartBotAsync("PostgreSQL", Postgres(postgres.Database("one")), ct))
            {
                if (!settings.SummaryOnly)
                {
                    await MeasureAsync("real bot, PostgreSQL, 1 instance", connector, bare, [bot], ct, meter);
                }

                await SummariesAsync("PostgreSQL", connector, bot, ct);
            }

            if (settings.SummaryOnly)
            {
                return Finish();
            }

            var shared = postgres.Database("two");
            await using var first = await StartBotAsync("PostgreSQL instance 1", Postgres(shared), ct);
            await using var second = await StartBotAsync("PostgreSQL instance 2", Postgres(shared), ct);
            await MeasureAsync("real bot, PostgreSQL, 2 instances", connector, bare, [first, second], ct, meter);
        }

        return Finish();
    }

    /// <summary>--postgres-only: the two PostgreSQL intake targets and nothing else.</summary>
    private async Task<int> PostgresIntakeAsync(LocalTeamsConnector connector, ChildProcess bare, CancellationToken ct)
    {
        await using var postgres = await PostgresServer.StartAsync(settings.Postgres, ct);
        await using var meter = await PostgresMeter.OpenAsync(postgres.ConnectionString, ct);
        await using (var bot = await StartBotAsync("PostgreSQL", Postgres(postgres.Database("one")), ct))
        {
            await MeasureAsync("real bot, PostgreSQL, 1 instance", connector, bare, [bot], ct, meter);
        }

        var shared = postgres.Database("two");
        await using var first = await StartBotAsync("PostgreSQL instance 1", Postgres(shared), ct);
        await using var second = await StartBotAsync("PostgreSQL instance 2", Postgres(shared), ct);
        await MeasureAsync("real bot, PostgreSQL, 2 instances", connector, bare, [first, second], ct, meter);
        return Finish();
    }

    private int Finish()
    {
        output.WriteLine();
        foreach (var (database, timeline) in summaries)
        {
            var seconds = timeline.Seconds;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{settings.SummaryAnswers} answers then sluit, {database}: summary card {(double.IsNaN(seconds) ? "never came (2 min)" : $"{seconds:F2} s")} after sluit"));
            output.WriteLine($"    {timeline.Describe()}");
        }

        output.WriteLine();
        PrintTargets();
        output.WriteLine($"load average at the end: {LoadAverage()}");
        return 0;
    }

    private static IEnumerable<string> Postgres(string connectionString) =>
        ["--Storage:Provider=Postgres", $"--ConnectionStrings:SocialeBasisBot={connectionString}"];

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    /// <summary>
    /// Starts the real bot and waits until its theme engine has warmed up (dictionaries loaded, a made-up question
    /// themed), as a bot started before a webinar has long done; the wait and what the bot said are printed.
    /// </summary>
    private async Task<ChildProcess> StartBotAsync(string name, IEnumerable<string> storage, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var bot = await StartBotProcessAsync(name, storage, ct);
        var warmed = await WarmedUpAsync(bot, ct);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"bot ({name}) ready {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s after start; {warmed ?? "no warm-up line within 60 s (measured anyway)"}"));
        return bot;
    }

    private static async Task<string?> WarmedUpAsync(ChildProcess bot, CancellationToken ct)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(60 * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < deadline)
        {
            if (bot.LastLineWith("Theme engine warmed up") is { } line)
            {
                return line;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), TimeProvider.System, ct);
        }

        return null;
    }

    private Task<ChildProcess> StartBotProcessAsync(string name, IEnumerable<string> storage, CancellationToken ct) =>
        ChildProcess.StartAsync($"bot ({name})", settings.BotDll,
        [
            .. storage,
            "--Logging:LogLevel:Default=Warning",
            // The theme engine's line with its stage times ("Themes for 500 answers …: filter … ms, vectorise …"),
            // printed under the summary time.
            "--Logging:LogLevel:SocialeBasisBot.Themes.Engine.OfflineThemeEngine=Information",
            // With the wall open: each provisional theming's processor time and the wait its budget set (wall section).
            .. settings.Wall ? ["--Logging:LogLevel:SocialeBasisBot.Wall.WallThemes=Debug"] : Array.Empty<string>(),
            // Download links need not survive anything here; a fixed key is simply one setting less to generate.
            "--Exports:SigningKey=" + new string('b', 48),
        ], StartTimeout, ct);

    /// <summary>
    /// Per round, the bare bot and then the real one (its instances sharing the load), each after its own warm-up;
    /// the real bot in a new conversation each round, so its count can be checked per round.
    /// </summary>
    private async Task MeasureAsync(
        string target, LocalTeamsConnector connector, ChildProcess bare, IReadOnlyList<ChildProcess> instances, CancellationToken ct, PostgresMeter? server = null)
    {
        var rounds = new List<(IntakeRow Bare, IntakeRow Bot)>();
        for (var round = 1; round <= settings.Rounds; round++)
        {
            var suffix = settings.Rounds > 1 ? $" (round {round})" : "";
            var bareChat = new Conversation(connector, $"bare-{targets.Count}-{round}");
            await LoadAsync(bareChat, [bare.BaseAddress], settings.WarmUp, settings.WarmUpDuration, ct);
            var bareBefore = bare.ProcessorTime;
            var bareGenerator = GeneratorTime;
            var bareLoad = await LoadAsync(bareChat, [bare.BaseAddress], settings.Count, settings.Duration, ct);
            var bareRow = new IntakeRow("bare CloudAdapter bot" + suffix, bareLoad, null, bareLoad.Succeeded, bare.ProcessorTime - bareBefore, GeneratorTime - bareGenerator);
            Print(bareRow, bareRow);
            PrintProcessorTimes(bareRow, bareRow);

            var conversation = new Conversation(connector, $"intake-{targets.Count}-{round}");
            await conversation.OpenQuestionAsync(instances[0].BaseAddress, ct);
            var addresses = instances.Select(i => i.BaseAddress).ToList();
            // Each instance gets as long a warm-up as one instance does: with the load split between them, each fresh
            // process would otherwise have had half the requests to reach the JIT's optimised code with.
            var warmUp = await LoadAsync(conversation, addresses, settings.WarmUp, settings.WarmUpDuration * instances.Count, ct);
            // A process just started loads the theme engine's dictionaries and embeds every answer text it has not
            // seen yet, seconds of processor time; two fresh instances do that twice, and at half the rate each their
            // warm-up did not get through it: round 1 of two instances took 4.1-4.3 ms of processor time per answer,
            // round 2 1.0-1.6 ms (load 20). The measured phase starts once every instance has nothing left to do,
            // with the wall as without it: the warm-up's texts are embedded by then in both (with the wall open during
            // the warm-up, their embedding fell in its measured phase alone: 1-2 processor-seconds, most of the wall's
            // cost that its theming thread did not account for). The wall opens after that, so its first theming
            // comes during the measured load, as when a burst of answers comes to a wall on the shared screen.
            var settled = new List<TimeSpan>();
            foreach (var instance in instances)
            {
                settled.Add(await IdleAsync(instance, ct));
            }

            await using var wall = settings.Wall
                ? await WallViewer.OpenAsync(await conversation.WallLinkAsync(instances[0].BaseAddress, ct), ct)
                : null;

            var serverBefore = server is null ? null : await server.SampleAsync(ct);
            var generator = GeneratorTime;
            var themingsBefore = instances[0].LinesWith(WallTheming).Count;
            var before = instances.Sum(i => i.ProcessorTime.Ticks);
            var load = await LoadAsync(conversation, addresses, settings.Count, settings.Duration, ct);
            var processor = TimeSpan.FromTicks(instances.Sum(i => i.ProcessorTime.Ticks) - before);
            generator = GeneratorTime - generator;
            var serverUsed = serverBefore is null ? null : (await server!.SampleAsync(ct)).Since(serverBefore);
            var stored = await conversation.StoredAnswersAsync(instances[0].BaseAddress, ct);
            var botRow = new IntakeRow(target + (wall is null ? "" : ", wall open") + suffix, load, stored, warmUp.Succeeded + load.Succeeded, processor, generator, serverUsed);
            Print(botRow, bareRow);
            PrintProcessorTimes(botRow, bareRow);
            if (settled.Count > 0)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"    after the warm-up, idle after {string.Join(" and ", settled.Select(s => $"{s.TotalSeconds:F1} s"))}"));
            }

            if (wall is not null)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"    wall open during the load: {wall.Updates} updates, {wall.Themed} with themes, the last showing {wall.LastAnswers} answers"));
                var themings = instances[0].LinesWith(WallTheming).Skip(themingsBefore).ToList();
                output.WriteLine($"    provisional themings finished during the load: {themings.Count}{(themings.Count > 0 ? "; " + string.Join("; ", themings.Select(t => t[t.IndexOf("took", StringComparison.Ordinal)..])) : "")}");
                if (instances[0].LastLineWith("Themes for ") is { } engine)
                    output.WriteLine($"    the last theming's engine stages: {engine}");
            }
            rounds.Add((bareRow, botRow));
        }

        targets.Add(new TargetRounds(target, rounds));
        foreach (var problems in instances.Select(i => i.Problems).OfType<string>())
        {
            output.WriteLine($"    {problems}");
        }
    }

    /// <summary>How long a reply takes to reach a quiet chat, now that it goes through the outbox after the turn.</summary>
    private async Task ReplyTimesAsync(LocalTeamsConnector connector, ChildProcess bot, CancellationToken ct)
    {
        var conversation = new Conversation(connector, "replies");
        await conversation.OpenQuestionAsync(bot.BaseAddress, ct);
        var times = (await conversation.ReplyTimesAsync(bot.BaseAddress, 10, ct)).Order().ToList();
        replyTimes = times;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"reply to `status` in a quiet chat, from sending to Teams receiving it (10 times): median {times[times.Count / 2]:F1} ms, slowest {times[^1]:F1} ms"));
    }

    /// <summary>
    /// 500 answers then `sluit`, twice: at once (answers and `sluit` in one burst, the engine has embedded few of them)
    /// and once the bot has gone idle after the answers (as after a webinar's answers came in over minutes: what it
    /// embeds as answers arrive is done), each in a new chat with its own distinct texts.
    /// </summary>
    private async Task SummariesAsync(string database, LocalTeamsConnector connector, ChildProcess bot, CancellationToken ct)
    {
        summaries.Add((database + ", at once", await SummaryAsync(connector, bot, 1, idle: false, ct)));
        summaries.Add((database + ", once the bot was idle", await SummaryAsync(connector, bot, 1 + settings.SummaryAnswers, idle: true, ct)));
    }

    private async Task<SummaryTimeline> SummaryAsync(LocalTeamsConnector connector, ChildProcess bot, int numberFrom, bool idle, CancellationToken ct)
    {
        var conversation = new Conversation(connector, $"summary-{numberFrom}");
        await conversation.OpenQuestionAsync(bot.BaseAddress, ct);
        await LoadGenerator.RunAsync([bot.BaseAddress], conversation.Answers(settings.SummaryAnswers, settings.SummaryAnswers, numberFrom), settings.Connections, TimeSpan.FromMinutes(5), ct);
        var quiet = idle ? await IdleAsync(bot, ct) : (TimeSpan?)null;
        var cpu = bot.ProcessorTime;
        var timeline = await conversation.CloseAndWaitForSummaryAsync(bot.BaseAddress, TimeSpan.FromMinutes(2), ct);
        return timeline with { Engine = bot.LastLineWith("Themes for "), IdleAfter = quiet, ProcessorTime = bot.ProcessorTime - cpu };
    }

    /// <summary>
    /// Waits until the bot has no work left (at most two minutes) and returns how long that took: the time it needed
    /// to embed the answers that had just arrived. No work: in ten looks over half a second at most one finds a thread
    /// of the bot running or waiting for a core (where /proc is missing: less than a tenth of a core used). Processor
    /// time alone is fooled on a busy machine, where a starved bot uses little of it while its work waits.
    /// </summary>
    private static async Task<TimeSpan> IdleAsync(ChildProcess bot, CancellationToken ct)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        var look = TimeSpan.FromMilliseconds(50);
        while (waited.Elapsed < TimeSpan.FromMinutes(2))
        {
            var before = bot.ProcessorTime;
            var busyLooks = 0;
            for (var i = 0; i < 10; i++)
            {
                // The bot is another process: its threads' states are read, there is nothing to wait on.
                await Task.Delay(look, TimeProvider.System, ct);
                busyLooks += bot.RunnableThreads() is { } runnable ? (runnable > 0 ? 1 : 0) : 0;
            }

            var quiet = bot.RunnableThreads() is null ? bot.ProcessorTime - before < look : busyLooks <= 1;
            if (quiet)
            {
                break;
            }
        }

        return waited.Elapsed;
    }

    private Task<LoadResult> LoadAsync(Conversation conversation, IReadOnlyList<Uri> targets, int count, TimeSpan duration, CancellationToken ct) =>
        LoadGenerator.RunAsync(targets, conversation.Answers(count, settings.Participants), settings.Connections, duration, ct);

    private void Print(IntakeRow row, IntakeRow bare)
    {
        if (row.Load.Succeeded == 0)
        {
            throw new InvalidOperationException($"{row.Target}: none of {row.Load.Failed} answers was accepted; the figures would mean nothing.");
        }

        var stored = row.Stored is { } n ? $"{n} / {row.Acknowledged}" : row == bare ? "(stores nothing)" : $"? / {row.Acknowledged}";
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{row.Target,-45} | {row.Load.Succeeded,7} | {row.Load.Failed,6} | {row.Load.Rate,9:F0} | {row.Load.P50,6:F1} | {row.Load.P99,6:F1} | {row.Load.Rate / bare.Load.Rate,5:F2}× | {row.MicrosecondsPerAnswer,13:F0} | {row.MicrosecondsPerAnswer / bare.MicrosecondsPerAnswer,9:F2}× | {stored}"));
    }

    /// <summary>This program's processor time so far: the load generator and the local Teams connector.</summary>
    private static TimeSpan GeneratorTime => System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;

    /// <summary>
    /// Where the processor time of a phase went, per answer, and how many cores the phase kept busy: where the cores
    /// are the limit, the real bot reaches half the bare rate only if bot, database and load generator together need
    /// no more than twice what the bare bot and the load generator needed per answer.
    /// </summary>
    private void PrintProcessorTimes(IntakeRow row, IntakeRow bare)
    {
        var cores = row.AllMicrosecondsPerAnswer * row.Load.Rate / 1e6;
        var text = row == bare
            ? $"    processor time per answer: bot {row.MicrosecondsPerAnswer:F0} µs, load generator and connector {row.GeneratorMicrosecondsPerAnswer:F0} µs; {cores:F2} of {Environment.ProcessorCount} cores busy"
            : $"    processor time per answer: bot {row.MicrosecondsPerAnswer:F0} µs, " + (row.Server is null ? "" : $"PostgreSQL {row.ServerMicrosecondsPerAnswer:F0} µs, ")
                + $"load generator and connector {row.GeneratorMicrosecondsPerAnswer:F0} µs; all {row.AllMicrosecondsPerAnswer:F0} µs, {row.AllMicrosecondsPerAnswer / bare.AllMicrosecondsPerAnswer:F2}× the bare run's; {cores:F2} of {Environment.ProcessorCount} cores busy"
                + $"; at 0.5× the bare rate this work would keep {row.AllMicrosecondsPerAnswer * 0.5 * bare.Load.Rate / 1e6:F2} cores busy";
        output.WriteLine(FormattableString.Invariant($"{text}"));
        if (row.Server is { } server)
        {
            output.WriteLine(FormattableString.Invariant(
                $"    PostgreSQL: {server.NextTransaction} transactions that wrote ({server.NextTransaction / row.Load.Elapsed.TotalSeconds:F0}/s, {row.Load.Succeeded / (double)Math.Max(1, server.NextTransaction):F1} answers each), {server.WalBytes / (double)row.Load.Succeeded:F0} WAL bytes per answer"));
        }
    }

    private void PrintTargets()
    {
        var median = settings.Rounds > 1 ? $" (median of {settings.Rounds} rounds)" : "";
        foreach (var target in targets.Where(t => !t.Target.EndsWith("2 instances", StringComparison.Ordinal)))
        {
            Target($"intake ≥ 0.5× bare, {target.Target}: {target.Ratio:F2}×{median}", target.Ratio >= 0.5);
            Target($"p99 < 50 ms, {target.Target}: {target.P99:F1} ms{median}", target.P99 < 50);
            output.WriteLine(FormattableString.Invariant(
                $"         (processor time per answer, {target.Target}: {target.ProcessorRatio:F2}× the bare bot's{median}; at 2× or less the rate can reach 0.5× where the cores are the limit)"));
        }

        if (targets.Find(t => t.Target == "real bot, PostgreSQL, 1 instance") is { } one
            && targets.Find(t => t.Target == "real bot, PostgreSQL, 2 instances") is { } two)
        {
            // Also as shares of their bare runs, in case the machine got busier or quieter in between.
            Target($"two instances ≥ 1.5× one, PostgreSQL: {two.Rate / one.Rate:F2}× (as a share of bare: {two.Ratio / one.Ratio:F2}×){median}",
                two.Rate >= 1.5 * one.Rate);
        }

        if (replyTimes.Count > 0)
        {
            Target($"a reply in a quiet chat well under a second, SQLite: slowest of {replyTimes.Count} {replyTimes[^1]:F1} ms", replyTimes[^1] < 500);
        }

        foreach (var (database, timeline) in summaries)
        {
            Target($"summary card < 2 s after sluit, {database}: {timeline.Seconds:F2} s", timeline.Seconds < 2);
        }

        foreach (var bot in targets.SelectMany(t => t.Rounds).Select(r => r.Bot).Where(bot => bot.Stored != bot.Acknowledged))
        {
            Target($"every acknowledged answer counted once, {bot.Target}: {bot.Stored?.ToString(CultureInfo.InvariantCulture) ?? "?"} of {bot.Acknowledged}", false);
        }
    }

    private void Target(FormattableString what, bool met) =>
        output.WriteLine($"{(met ? "met    " : "NOT met")}  {FormattableString.Invariant(what)}");
}
