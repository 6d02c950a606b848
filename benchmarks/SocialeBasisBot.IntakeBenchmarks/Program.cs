using System.CommandLine;
using System.Reflection;
using SocialeBasisBot.IntakeBenchmarks.BareBot;
using SocialeBasisBot.IntakeBenchmarks.Runs;
using SocialeBasisBot.Testing;

// dotnet run -c Release --project benchmarks/SocialeBasisBot.IntakeBenchmarks [-- --quick | --wall | --summary-only | --postgres-only | --help]
// Answer intake of the real bot against a bare CloudAdapter bot under the same load; how to read it: docs/benchmarks.md.
var configuration = typeof(IntakeBenchmark).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";

Option<int> connections = new("--connections") { Description = "concurrent connections of the load generator", DefaultValueFactory = _ => 32 };
Option<int> count = new("--count") { Description = "at most this many answers per target", DefaultValueFactory = _ => 40_000 };
Option<double> seconds = new("--seconds") { Description = "at most this many seconds of load per target", DefaultValueFactory = _ => 8 };
Option<int> warmUp = new("--warm-up") { Description = "at most this many answers sent first to each target, not measured", DefaultValueFactory = _ => 20_000 };
Option<double> warmUpSeconds = new("--warm-up-seconds") { Description = "at most this many seconds of warm-up per target", DefaultValueFactory = _ => 3 };
Option<int> participants = new("--participants") { Description = "people answering in the one conversation", DefaultValueFactory = _ => 500 };
Option<int> summaryAnswers = new("--summary-answers") { Description = "answers before sluit in the summary run", DefaultValueFactory = _ => 500 };
Option<int> rounds = new("--rounds") { Description = "measure each target this often, each time right after the bare bot; targets use the median", DefaultValueFactory = _ => 1 };
Option<string> bot = new("--bot")
{
    Description = "the bot's built SocialeBasisBot.dll",
    DefaultValueFactory = _ => Path.Combine(RepositoryPaths.Root, "src", "SocialeBasisBot", "bin", configuration, "net10.0", "SocialeBasisBot.dll"),
};
Option<string?> postgres = new("--postgres")
{
    Description = "PostgreSQL connection string (each run creates its own databases in it); default SOCIALEBASISBOT_TEST_POSTGRES, else a throwaway cluster from scripts/start-postgres",
    DefaultValueFactory = _ => Environment.GetEnvironmentVariable("SOCIALEBASISBOT_TEST_POSTGRES"),
};
Option<bool> noPostgres = new("--no-postgres") { Description = "SQLite only" };
Option<bool> wall = new("--wall") { Description = "keep the session's theme wall open (its event stream read, provisional themes made) while the real bot is measured" };
Option<bool> summaryOnly = new("--summary-only") { Description = "only the summary runs (answers, sluit, the card, with what came on the way and when)" };
Option<bool> postgresOnly = new("--postgres-only") { Description = "only the PostgreSQL intake targets (one and two instances): no SQLite, no summaries" };
Option<bool> quick = new("--quick") { Description = "a few seconds: 1 000 answers or 2 s per target, 100 before sluit, SQLite only" };

var run = new RootCommand("Answer intake of the real bot against a bare CloudAdapter bot, on SQLite and PostgreSQL, one and two instances")
{
    connections, count, seconds, warmUp, warmUpSeconds, participants, summaryAnswers, rounds, bot, postgres, noPostgres, quick, wall, summaryOnly, postgresOnly,
};
run.SetAction(async (parsed, ct) =>
{
    var isQuick = parsed.GetValue(quick);
    var settings = new BenchmarkSettings(
        parsed.GetValue(connections),
        isQuick ? 1_000 : parsed.GetValue(count),
        TimeSpan.FromSeconds(isQuick ? 2 : parsed.GetValue(seconds)),
        isQuick ? 100 : parsed.GetValue(warmUp),
        TimeSpan.FromSeconds(isQuick ? 1 : parsed.GetValue(warmUpSeconds)),
        parsed.GetValue(participants),
        isQuick ? 100 : parsed.GetValue(summaryAnswers),
        Math.Max(1, parsed.GetValue(rounds)),
        Path.GetFullPath(parsed.GetValue(bot)!),
        !isQuick && !parsed.GetValue(noPostgres),
        parsed.GetValue(postgres),
        parsed.GetValue(wall),
        parsed.GetValue(summaryOnly),
        parsed.GetValue(postgresOnly));
    return await new IntakeBenchmark(settings, Console.Out).RunAsync(ct);
});

// The bare bot runs as its own process, started by the benchmark, like the real bot.
Option<string> urls = new("--urls") { Description = "where to listen", DefaultValueFactory = _ => "http://127.0.0.1:3979" };
var bareBot = new Command("bare-bot", "runs the bare CloudAdapter bot that stores nothing (the benchmark starts it itself)") { urls };
bareBot.SetAction((parsed, ct) => BareBotHost.RunAsync(parsed.GetValue(urls)!, ct));
run.Subcommands.Add(bareBot);

return await run.Parse(args).InvokeAsync();
