using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using SocialeBasisBot.Demo;
using SocialeBasisBot.LocalTeams;
using SocialeBasisBot.Testing;

// dotnet run -c Release --project benchmarks/SocialeBasisBot.BotBenchmarks [-- 150 500 | --help]
// For each room size: N participants answer q1 at once (16 in flight, as Teams delivers a busy chat), then the
// facilitator closes the question. Prints throughput, request latency, time until the summary card, peak memory.
Argument<int[]> sizesArgument = new("sizes")
{
    Description = "room sizes: the number of participants answering q1 at once",
    DefaultValueFactory = _ => [150, 500],
    Arity = ArgumentArity.ZeroOrMore,
};
var command = new RootCommand("Throughput, latency and time to the summary card of the bot under a busy chat") { sizesArgument };
command.SetAction(async parsed =>
{
    Console.WriteLine("answers | answers/s | p50 ms | p95 ms | sluit → summary card (s) | peak working set (MB)");
    foreach (var size in parsed.GetValue(sizesArgument)!)
    {
        Console.WriteLine(await RunAsync(size));
    }

    return 0;
});
return await command.Parse(args).InvokeAsync();

static async Task<string> RunAsync(int size)
{
    var work = Directory.CreateTempSubdirectory("sbb-bench-").FullName;
    try
    {
        await using var connector = await LocalTeamsConnector.StartAsync(CancellationToken.None);
        await using var bot = await InProcessBotHost.StartAsync(new Dictionary<string, string>
        {
            ["ConnectionStrings:SocialeBasisBot"] = $"Data Source={Path.Combine(work, "bench.db")}",
            ["Programmes:Folder"] = RepositoryPaths.Dialogs,
            ["Exports:SigningKey"] = Convert.ToHexString(RandomNumberGenerator.GetBytes(32)),
            ["Logging:LogLevel:Default"] = "Warning",
        }, TimeSpan.FromMinutes(1), CancellationToken.None);
        using var http = new HttpClient { BaseAddress = bot.BaseAddress };
        var teams = new TeamsChat(connector.ServiceUrl, $"19:bench-{size}@thread.v2");
        var facilitator = new TeamsUser("29:f", "Begeleider", "aad-f");
        async Task<double> Post(JsonObject activity)
        {
            var watch = Stopwatch.StartNew();
            using var response = await http.PostAsJsonAsync("/api/messages", activity);
            response.EnsureSuccessStatusCode();
            return watch.Elapsed.TotalMilliseconds;
        }

        // The bot posts what a command says after the turn (outbox): wait for it, or `volgende` could pass q1 by.
        async Task Say(string command)
        {
            var before = connector.Calls.Count;
            await Post(teams.Mention(facilitator, command));
            await connector.WaitForRepliesAsync(before, TimeSpan.FromMilliseconds(300), TimeSpan.FromSeconds(10));
        }

        await Say("start");
        while (!connector.Posts.Any(r => r.SubmitData?["item"]?.GetValue<string>() == "q1"))
        {
            await Say("volgende");
        }

        var texts = DevAnswers.All;
        var activities = Enumerable.Range(0, size).Select(i => teams.Message(
            new TeamsUser($"29:p{i}", $"Deelnemer {i}", $"aad-p{i}"),
            texts[i % texts.Count].Text + (i >= texts.Count ? $" ({i / texts.Count})" : ""))).ToList();
        var latencies = new List<double>();
        var total = Stopwatch.StartNew();
        await Parallel.ForEachAsync(activities, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (a, _) =>
        {
            var ms = await Post(a);
            lock (latencies)
            {
                latencies.Add(ms);
            }
        });
        var throughput = size / total.Elapsed.TotalSeconds;

        // Only cards shown after `sluit` count: passing the checklist poll on the way to q1 already posted a poll summary.
        var cardsBefore = connector.Cards.Count;
        var closing = Stopwatch.StartNew();
        await Post(teams.Mention(facilitator, "sluit"));
        // Re-checked on every call the bot makes to Teams, not on a timer.
        if (!await connector.WaitForAsync(c => c.Cards.Skip(cardsBefore).Any(card => CardText.All(card).Any(t => t.StartsWith("Samenvatting:", StringComparison.Ordinal))), TimeSpan.FromMinutes(5)))
        {
            throw new TimeoutException("The summary card did not come within 5 minutes.");
        }

        latencies.Sort();
        return string.Create(CultureInfo.InvariantCulture,
            $"{size,7} | {throughput,9:F0} | {latencies[latencies.Count / 2],6:F0} | {latencies[(int)(latencies.Count * 0.95)],6:F0} | {closing.Elapsed.TotalSeconds,24:F1} | {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024,20}");
    }
    finally
    {
        Directory.Delete(work, recursive: true);
    }
}
