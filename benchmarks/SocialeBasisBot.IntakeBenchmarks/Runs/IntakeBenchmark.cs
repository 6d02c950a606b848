using System.Globalization;
using SocialeBasisBot.IntakeBenchmarks.Hosts;
using SocialeBasisBot.IntakeBenchmarks.Load;
using SocialeBasisBot.LocalTeams;

namespace SocialeBasisBot.IntakeBenchmarks.Runs;

/// <summary>
/// The whole run: the bare bot, then the real bot on SQLite, on PostgreSQL and as two processes on one PostgreSQL,
/// each under the same load (one conversation, the same Teams-shaped answers, the same connector as serviceUrl),
/// then 500 answers and `sluit` on each database; prints a table, the summary times and the targets.
/// </summary>
public sealed class IntakeBenchmark(BenchmarkSettings settings, TextWriter output)
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);
    private readonly List<IntakeRow> rows = [];
    private readonly List<(string Database, double Seconds)> summaries = [];

    public async Task<int> RunAsync(CancellationToken ct)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Environment.ProcessorCount} cores, load average {LoadAverage()}; {settings.Connections} connections, at most {settings.Count} answers or {settings.Duration.TotalSeconds:F0} s per target after {settings.WarmUp} warm-up answers; one conversation, {settings.Participants} participants"));
        await using var connector = await LocalTeamsConnector.StartAsync(ct);

        await using (var bare = await ChildProcess.StartAsync("bare bot", typeof(IntakeBenchmark).Assembly.Location, ["bare-bot"], StartTimeout, ct))
        {
            var conversation = new Conversation(connector, "bare");
            await LoadAsync(conversation, [bare.BaseAddress], settings.WarmUp, ct);
            var load = await LoadAsync(conversation, [bare.BaseAddress], settings.Count, ct);
            Add(new IntakeRow("bare CloudAdapter bot", load, null, load.Succeeded));
        }

        await using (var bot = await StartBotAsync("SQLite", [$"--ConnectionStrings:SocialeBasisBot=Data Source={Path.Combine(Path.GetTempPath(), $"sbb-bench-{Guid.NewGuid():N}.db")}"], ct))
        {
            await MeasureAsync("real bot, SQLite, 1 instance", connector, [bot], ct);
            summaries.Add(("SQLite", await SummaryAsync(connector, bot, ct)));
        }

        if (settings.WithPostgres)
        {
            await using var postgres = await PostgresServer.StartAsync(settings.Postgres, ct);
            await using (var bot = await StartBotAsync("PostgreSQL", Postgres(postgres.Database("one")), ct))
            {
                await MeasureAsync("real bot, PostgreSQL, 1 instance", connector, [bot], ct);
                summaries.Add(("PostgreSQL", await SummaryAsync(connector, bot, ct)));
            }

            var shared = postgres.Database("two");
            await using var first = await StartBotAsync("PostgreSQL instance 1", Postgres(shared), ct);
            await using var second = await StartBotAsync("PostgreSQL instance 2", Postgres(shared), ct);
            await MeasureAsync("real bot, PostgreSQL, 2 instances", connector, [first, second], ct);
        }

        output.WriteLine();
        foreach (var (database, seconds) in summaries)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{settings.SummaryAnswers} answers then sluit, {database}: summary card {(double.IsNaN(seconds) ? "never came (2 min)" : $"{seconds:F2} s")} after sluit"));
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

    private Task<ChildProcess> StartBotAsync(string name, IEnumerable<string> storage, CancellationToken ct) =>
        ChildProcess.StartAsync($"bot ({name})", settings.BotDll,
        [
            .. storage,
            "--Logging:LogLevel:Default=Warning",
            // Links must survive nothing here, but a fixed key keeps start-up from generating one per process.
            "--Exports:SigningKey=" + new string('b', 48),
        ], StartTimeout, ct);

    private async Task MeasureAsync(string target, LocalTeamsConnector connector, IReadOnlyList<ChildProcess> instances, CancellationToken ct)
    {
        var conversation = new Conversation(connector, $"intake-{rows.Count}");
        await conversation.OpenQuestionAsync(instances[0].BaseAddress, ct);
        var addresses = instances.Select(i => i.BaseAddress).ToList();
        var warmUp = await LoadAsync(conversation, addresses, settings.WarmUp, ct);
        var load = await LoadAsync(conversation, addresses, settings.Count, ct);
        var stored = await conversation.StoredAnswersAsync(instances[0].BaseAddress, ct);
        Add(new IntakeRow(target, load, stored, warmUp.Succeeded + load.Succeeded));
    }

    private async Task<double> SummaryAsync(LocalTeamsConnector connector, ChildProcess bot, CancellationToken ct)
    {
        var conversation = new Conversation(connector, "summary");
        await conversation.OpenQuestionAsync(bot.BaseAddress, ct);
        await LoadGenerator.RunAsync([bot.BaseAddress], conversation.Answers(settings.SummaryAnswers, settings.SummaryAnswers), settings.Connections, TimeSpan.FromMinutes(5), ct);
        return await conversation.CloseAndWaitForSummaryAsync(bot.BaseAddress, TimeSpan.FromMinutes(2), ct);
    }

    private Task<LoadResult> LoadAsync(Conversation conversation, IReadOnlyList<Uri> targets, int count, CancellationToken ct) =>
        LoadGenerator.RunAsync(targets, conversation.Answers(count, settings.Participants), settings.Connections, settings.Duration, ct);

    private void Add(IntakeRow row)
    {
        if (row.Load.Succeeded == 0)
        {
            throw new InvalidOperationException($"{row.Target}: none of {row.Load.Failed} answers was accepted; the figures would mean nothing.");
        }

        if (rows.Count == 0)
        {
            output.WriteLine();
            output.WriteLine("target                              | answers | failed | answers/s | p50 ms | p99 ms | × bare | stored / acknowledged");
        }

        rows.Add(row);
        var bare = rows[0].Load.Rate;
        var stored = row.Stored is { } n ? $"{n} / {row.Acknowledged}" : row == rows[0] ? "(stores nothing)" : $"? / {row.Acknowledged}";
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{row.Target,-35} | {row.Load.Succeeded,7} | {row.Load.Failed,6} | {row.Load.Rate,9:F0} | {row.Load.P50,6:F1} | {row.Load.P99,6:F1} | {row.Load.Rate / bare,5:F2}× | {stored}"));
    }

    private void PrintTargets()
    {
        var bare = rows[0].Load;
        var sqlite = rows[1].Load;
        Target($"intake ≥ 0.5× bare, SQLite: {sqlite.Rate / bare.Rate:F2}×", sqlite.Rate >= 0.5 * bare.Rate);
        Target($"p99 < 50 ms, SQLite: {sqlite.P99:F1} ms", sqlite.P99 < 50);
        if (rows.Count > 2)
        {
            var one = rows[2].Load;
            var two = rows[3].Load;
            Target($"intake ≥ 0.5× bare, PostgreSQL: {one.Rate / bare.Rate:F2}×", one.Rate >= 0.5 * bare.Rate);
            Target($"p99 < 50 ms, PostgreSQL: {one.P99:F1} ms", one.P99 < 50);
            Target($"two instances ≥ 1.5× one, PostgreSQL: {two.Rate / one.Rate:F2}×", two.Rate >= 1.5 * one.Rate);
        }

        foreach (var (database, seconds) in summaries)
        {
            Target($"summary card < 2 s after sluit, {database}: {seconds:F2} s", seconds < 2);
        }

        foreach (var row in rows.Skip(1).Where(r => r.Stored != r.Acknowledged))
        {
            Target($"every acknowledged answer counted once, {row.Target}: {row.Stored?.ToString(CultureInfo.InvariantCulture) ?? "?"} of {row.Acknowledged}", false);
        }
    }

    private void Target(FormattableString what, bool met) =>
        output.WriteLine($"{(met ? "met    " : "NOT met")}  {FormattableString.Invariant(what)}");
}
