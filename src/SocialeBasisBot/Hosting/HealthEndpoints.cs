using SocialeBasisBot.Storage;

namespace SocialeBasisBot.Hosting;

public static class HealthEndpoints
{
    /// <summary>200 when storage answers, 503 otherwise: what a load balancer or a facilitator's check needs.</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", async (SessionStore store, CancellationToken ct) =>
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
        });
        return endpoints;
    }
}
