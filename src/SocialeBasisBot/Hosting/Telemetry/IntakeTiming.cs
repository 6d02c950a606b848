using System.Diagnostics;
using SocialeBasisBot.Telemetry;

namespace SocialeBasisBot.Hosting.Telemetry;

/// <summary>Records how long each request to /api/messages takes, whatever its outcome (the status is a tag).</summary>
public static class IntakeTiming
{
    private static readonly PathString Messages = new("/api/messages");

    public static IApplicationBuilder UseIntakeTiming(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (!context.Request.Path.Equals(Messages, StringComparison.OrdinalIgnoreCase))
            {
                await next(context);
                return;
            }

            var started = Stopwatch.GetTimestamp();
            try
            {
                await next(context);
            }
            finally
            {
                BotTelemetry.IntakeDuration.Record(
                    Stopwatch.GetElapsedTime(started).TotalSeconds,
                    new KeyValuePair<string, object?>("http.response.status_code", context.Response.StatusCode));
            }
        });
}
