using Azure.Monitor.OpenTelemetry.AspNetCore;
using Npgsql;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using SocialeBasisBot.Teams;
using SocialeBasisBot.Telemetry;
using SocialeBasisBot.Themes;

namespace SocialeBasisBot.Hosting.Telemetry;

public static class TelemetryServiceCollectionExtensions
{
    /// <summary>
    /// OpenTelemetry traces and metrics (section "Telemetry"): a turn (ASP.NET Core, the HTTP calls to Teams, Npgsql),
    /// the outbox send, theming and summaries; the bot's metrics (<see cref="BotTelemetry"/>) and the outbox backlog.
    /// Off by default: nothing is registered unless an OTLP endpoint or an Azure Monitor connection string is set.
    /// </summary>
    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TelemetryOptions>()
            .BindConfiguration(TelemetryOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        var settings = configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        if (!settings.Enabled)
        {
            return services;
        }

        services.AddTransient<ThrottleCountingHandler>();
        services.AddHttpClient(TeamsConnectorClients.Name).AddHttpMessageHandler<ThrottleCountingHandler>();
        services.AddHttpClient(OutboxAdapter.ClientName).AddHttpMessageHandler<ThrottleCountingHandler>();
        services.AddHostedService<OutboxBacklogGauge>();

        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(BotTelemetry.Name))
            .WithTracing(tracing => tracing
                .AddSource(BotTelemetry.Name, ThemeTelemetry.Name)
                .AddNpgsql())
            .WithMetrics(metrics => metrics
                .AddMeter(BotTelemetry.Name, "Npgsql"));

        if (!string.IsNullOrWhiteSpace(settings.AzureMonitorConnectionString))
        {
            // The distro brings ASP.NET Core and HttpClient instrumentation and the exporters to Application Insights.
            telemetry.UseAzureMonitor(o => o.ConnectionString = settings.AzureMonitorConnectionString);
        }
        else
        {
            telemetry
                .WithTracing(tracing => tracing.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation())
                .WithMetrics(metrics => metrics.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation());
        }

        if (settings.OtlpEndpoint is { } endpoint)
        {
            telemetry
                .WithTracing(tracing => tracing.AddOtlpExporter(o => Otlp(o, endpoint, "v1/traces")))
                .WithMetrics(metrics => metrics.AddOtlpExporter(o => Otlp(o, endpoint, "v1/metrics")));
        }

        return services;
    }

    // OTLP over HTTP/protobuf: one base address, the signal's path after it (as the OTEL_EXPORTER_OTLP_ENDPOINT rule).
    private static void Otlp(OtlpExporterOptions options, Uri endpoint, string signal)
    {
        options.Protocol = OtlpExportProtocol.HttpProtobuf;
        options.Endpoint = new Uri(endpoint.AbsoluteUri.TrimEnd('/') + "/" + signal);
    }
}
