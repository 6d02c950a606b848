using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace SocialeBasisBot.Teams;

/// <summary>
/// The HttpClient the Bot Framework connector uses to talk to Teams, with Teams' retry rules: back off on 429
/// (honouring Retry-After) and retry 412, 502, 504 and other 5xx, with exponential back-off and jitter
/// (learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit). Nothing else is retried.
/// </summary>
public sealed class TeamsConnectorClients(IHttpClientFactory factory) : IHttpClientFactory
{
    public const string Name = "TeamsConnector";

    // The connector asks for the default client; it always gets the one with the retry pipeline.
    public HttpClient CreateClient(string name) => factory.CreateClient(Name);

    public static void AddTo(IServiceCollection services)
    {
        services.AddHttpClient(Name).AddResilienceHandler("teams-rate-limit", (builder, context) =>
        {
            var options = context.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<TeamsOptions>>().Value;
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.SendRetries,
                Delay = options.SendRetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldRetryAfterHeader = true,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result is { } response && IsTransient(response.StatusCode)),
            });
        });
    }

    public static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed || (int)status >= 500;
}
