using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Options;

namespace SocialeBasisBot.Teams;

/// <summary>
/// The adapter the outbox worker sends through (ContinueConversationAsync with the stored conversation reference).
/// Its HttpClient makes exactly one HTTP call per send, without the turn client's retry handler: the worker decides
/// every retry itself, because only it knows whether a new message may be sent again (see <see cref="OutboxSender"/>).
/// </summary>
public sealed class OutboxAdapter(BotFrameworkAuthentication auth, ILogger<OutboxAdapter> logger) : CloudAdapter(auth, logger)
{
    public const string ClientName = "TeamsOutbox";

    public static void AddTo(IServiceCollection services)
    {
        services.AddHttpClient(ClientName).ConfigureHttpClient((sp, http) =>
            http.Timeout = sp.GetRequiredService<IOptions<OutboxOptions>>().Value.SendTimeout);
        // The bot's identity from configuration, as for the turn adapter, but with the single-call client.
        services.AddSingleton(sp => new OutboxAdapter(
            BotAuthentication.Create(sp, new SingleCallClients(sp.GetRequiredService<IHttpClientFactory>())),
            sp.GetRequiredService<ILogger<OutboxAdapter>>()));
    }

    private sealed class SingleCallClients(IHttpClientFactory clients) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => clients.CreateClient(ClientName);
    }
}
