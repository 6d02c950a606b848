using SocialeBasisBot.Storage;

namespace SocialeBasisBot.Hosting;

public static class HealthEndpoints
{
    /// <summary>
    /// Liveness and readiness kept apart. <c>/health/live</c>: the process answers HTTP (a restart helps only when this
    /// fails). <c>/health/ready</c> (and <c>/healthz</c>, as before): 200 when storage answers, 503 otherwise, so a load
    /// balancer stops sending turns to an instance that cannot store them, without restarting it.
    /// </summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/health/live", () => Results.Text("ok"));
        endpoints.MapGet("/health/ready", ReadyAsync);
        endpoints.MapGet("/healthz", ReadyAsync);
        return endpoints;
    }

    private static async Task<IResult> ReadyAsync(SessionStore store, CancellationToken ct)
    {
        try
        {
            return await store.CanConnectAsync(ct)
                ? Results.Text("ok")
                : Results.Text("storage unreachable", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException)
        {
            return Results.Text("storage unreachable", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
