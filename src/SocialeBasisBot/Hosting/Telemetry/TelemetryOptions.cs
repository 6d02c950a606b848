using System.ComponentModel.DataAnnotations;

namespace SocialeBasisBot.Hosting.Telemetry;

/// <summary>Section "Telemetry": off unless an OTLP endpoint or an Azure Monitor connection string is set.</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>An OpenTelemetry collector (OTLP over HTTP/protobuf), e.g. http://localhost:4318.</summary>
    public Uri? OtlpEndpoint { get; set; }

    /// <summary>Application Insights connection string; the Bicep template sets it.</summary>
    public string? AzureMonitorConnectionString { get; set; }

    /// <summary>How often the outbox backlog gauge counts the queued messages in the database.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan BacklogInterval { get; set; } = TimeSpan.FromSeconds(15);

    public bool Enabled => OtlpEndpoint is not null || !string.IsNullOrWhiteSpace(AzureMonitorConnectionString);
}
