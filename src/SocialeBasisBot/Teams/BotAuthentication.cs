using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace SocialeBasisBot.Teams;

/// <summary>
/// The bot's identity (MicrosoftAppId/Password/Type/TenantId from the configuration root, as the SDK reads them) with
/// the HttpClients it calls Teams through: the turn adapter's retrying ones, the outbox's single-call ones.
/// </summary>
public static class BotAuthentication
{
    public static BotFrameworkAuthentication Create(IServiceProvider services, IHttpClientFactory clients) =>
        new ConfigurationBotFrameworkAuthentication(
            services.GetRequiredService<IConfiguration>(),
            httpClientFactory: clients,
            logger: services.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>());
}
