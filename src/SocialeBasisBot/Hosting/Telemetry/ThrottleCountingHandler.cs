using System.Net;
using SocialeBasisBot.Telemetry;

namespace SocialeBasisBot.Hosting.Telemetry;

/// <summary>
/// Counts Teams' 429 answers on the connector clients. It sits inside the retry handler, so every throttled attempt is
/// counted, including those the retry then got through.
/// </summary>
public sealed class ThrottleCountingHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            BotTelemetry.TeamsThrottled.Add(1, new KeyValuePair<string, object?>("http.request.method", request.Method.Method));
        }

        return response;
    }
}
