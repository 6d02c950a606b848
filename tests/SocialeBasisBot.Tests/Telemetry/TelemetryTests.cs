using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using SocialeBasisBot.Tests.Infrastructure;

namespace SocialeBasisBot.Tests.Telemetry;

/// <summary>The bot's instruments are process-wide; alone, so another test's answers are not counted here.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryRunsAlone
{
    public const string Name = "Telemetry";
}

/// <summary>
/// A short session over HTTP with telemetry switched on by configuration (an OTLP endpoint: a loopback collector), read
/// back through OpenTelemetry's in-memory exporters added beside the configured one.
/// </summary>
[Collection(TelemetryRunsAlone.Name)]
public sealed class TelemetryTests : IAsyncLifetime
{
    private readonly string databasePath = Path.Combine(Path.GetTempPath(), $"sbb-telemetry-{Guid.NewGuid():N}.db");
    private readonly List<MetricSnapshot> metrics = [];
    private readonly List<Activity> spans = [];
    private LoopbackServer collector = null!;
    private LocalTeamsConnector connector = null!;

    public async Task InitializeAsync()
    {
        connector = await LocalTeamsConnector.StartAsync();
        collector = new LoopbackServer(_ => new LoopbackResponse(200, "", new Dictionary<string, string> { ["Content-Type"] = "application/x-protobuf" }));
    }

    public async Task DisposeAsync()
    {
        await connector.DisposeAsync();
        await collector.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(databasePath) + "*"))
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_short_session_shows_in_the_metrics_and_traces()
    {
        await using var host = new BotHost(databasePath, new Dictionary<string, string?>
        {
            ["Telemetry:OtlpEndpoint"] = collector.BaseAddress.AbsoluteUri,
            ["Telemetry:BacklogInterval"] = "00:00:00.050",
        }, services => services
            .ConfigureOpenTelemetryMeterProvider(m => m.AddInMemoryExporter(metrics))
            .ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(spans)));
        var chat = new TeamsChat(connector.ServiceUrl, $"19:{Guid.NewGuid():N}@thread.v2");
        var facilitator = TeamsChat.User(1);

        await host.SendAsync(chat.Mention(facilitator, "start"));
        await host.AdvanceToAsync(connector, chat, facilitator, "q1");
        for (var n = 2; n <= 4; n++)
        {
            await host.SendAsync(chat.Message(TeamsChat.User(n), $"Antwoord {n}: buren helpen elkaar met boodschappen"));
        }

        // Teams throttles the next call once; the bot waits and sends it again.
        connector.FailNext(HttpStatusCode.TooManyRequests, TimeSpan.Zero);
        await host.SendAsync(chat.Mention(facilitator, "sluit"));
        Assert.Equal(0, connector.PendingFailures);

        Assert.True(host.Services.GetRequiredService<MeterProvider>().ForceFlush(10_000));
        Assert.True(host.Services.GetRequiredService<TracerProvider>().ForceFlush(10_000));

        Assert.Equal(3, Sum("socialebasisbot.answers.received"));
        Assert.True(Count("socialebasisbot.intake.duration") >= 6, "every POST to /api/messages is timed");
        Assert.True(Sum("socialebasisbot.teams.throttled") >= 1);
        Assert.True(Count("socialebasisbot.summary.duration") >= 1);
        Assert.Contains(metrics, m => m.Name == "socialebasisbot.outbox.backlog");

        Assert.Contains(spans, s => s.Kind == ActivityKind.Server && s.DisplayName.Contains("/api/messages", StringComparison.Ordinal));
        // The throttled attempt and the one that went through are each a span; the summary is made inside a send.
        var sends = spans.Where(s => s.OperationName == "outbox.send" && (string?)s.GetTagItem("socialebasisbot.outbox.kind") == "QuestionSummary").ToList();
        Assert.NotEmpty(sends);
        var summaries = spans.Where(s => s.OperationName == "summary.question").ToList();
        Assert.NotEmpty(summaries);
        Assert.All(summaries, summary => Assert.Single(sends, s => s.SpanId == summary.ParentSpanId));
        var send = sends.Single(s => s.SpanId == summaries[^1].ParentSpanId);
        Assert.Contains(spans, s => s.OperationName == "themes.find" && s.TraceId == send.TraceId);

        // The configured exporter got them too, over OTLP/HTTP.
        Assert.Contains(collector.Requests, r => r.PathAndQuery == "/v1/metrics");
        Assert.Contains(collector.Requests, r => r.PathAndQuery == "/v1/traces");
    }

    [Fact]
    public async Task Telemetry_is_off_without_settings_and_liveness_and_readiness_answer_apart()
    {
        await using var host = new BotHost(databasePath);
        using var http = host.Client();

        Assert.Null(host.Services.GetService<MeterProvider>());
        Assert.Null(host.Services.GetService<TracerProvider>());
        using var live = await http.GetAsync(new Uri("/health/live", UriKind.Relative));
        using var ready = await http.GetAsync(new Uri("/health/ready", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    [Fact]
    public async Task An_azure_monitor_connection_string_switches_telemetry_on()
    {
        // Application Insights' ingestion endpoint is a closed loopback port here: nothing leaves the machine.
        await using var host = new BotHost(databasePath, new Dictionary<string, string?>
        {
            ["Telemetry:AzureMonitorConnectionString"] = "InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=http://127.0.0.1:9/",
        });
        using var http = host.Client();

        Assert.NotNull(host.Services.GetService<MeterProvider>());
        Assert.NotNull(host.Services.GetService<TracerProvider>());
        using var live = await http.GetAsync(new Uri("/health/live", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    [Fact]
    public async Task Readiness_fails_without_storage_while_liveness_still_answers()
    {
        var folder = Directory.CreateTempSubdirectory("sbb-ready-");
        var file = Path.Combine(folder.FullName, "bot.db");
        await using var host = new BotHost(file, new Dictionary<string, string?>
        {
            ["ConnectionStrings:SocialeBasisBot"] = $"Data Source={file};Pooling=False",
        });
        using var http = host.Client();
        using (var before = await http.GetAsync(new Uri("/health/ready", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        await DeleteAsync(folder);

        using var ready = await http.GetAsync(new Uri("/health/ready", UriKind.Relative));
        using var live = await http.GetAsync(new Uri("/health/live", UriKind.Relative));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    // The bot's background work may open the file again between the delete of the files and of the folder.
    private static async Task DeleteAsync(DirectoryInfo folder)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                folder.Delete(recursive: true);
                return;
            }
            catch (IOException) when (attempt < 50)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(20), TimeProvider.System);
            }
        }
    }

    private long Sum(string name) => Points(name).Sum(p => p.GetSumLong());

    private long Count(string name) => Points(name).Sum(p => p.GetHistogramCount());

    // Cumulative temporality: the last snapshot of a metric holds everything so far.
    private IEnumerable<MetricPoint> Points(string name)
    {
        var last = metrics.LastOrDefault(m => m.Name == name);
        Assert.True(last is not null, $"no metric {name}; saw {string.Join(", ", metrics.Select(m => m.Name).Distinct())}");
        return last.MetricPoints;
    }
}
