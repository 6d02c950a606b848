using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using SocialeBasisBot.Teams.Cards;

namespace SocialeBasisBot.Teams;

public static class TeamsServiceCollectionExtensions
{
    /// <summary>
    /// The Bot Framework edge. MicrosoftAppId/MicrosoftAppPassword/MicrosoftAppType/MicrosoftAppTenantId come from
    /// configuration; left empty, the bot runs in local anonymous mode (Bot Framework Emulator, tests, the demo).
    /// </summary>
    public static IServiceCollection AddTeamsBot(this IServiceCollection services)
    {
        services.AddOptions<TeamsOptions>()
            .BindConfiguration(TeamsOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        // The SDK reads its own keys from the configuration root; the edge's code reads them through this type.
        services.AddOptions<BotIdentityOptions>().Configure<IConfiguration>((o, configuration) => configuration.Bind(o));
        services.AddHttpClient();
        TeamsConnectorClients.AddTo(services);
        services.AddSingleton<BotFrameworkAuthentication>(sp =>
            new ConfigurationBotFrameworkAuthentication(
                sp.GetRequiredService<IConfiguration>(),
                httpClientFactory: new TeamsConnectorClients(sp.GetRequiredService<IHttpClientFactory>()),
                logger: sp.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>()));
        services.AddSingleton<TeamsAdapter>();
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<TeamsAdapter>());
        services.AddSingleton<ItemCards>();
        services.AddSingleton<SummaryCards>();
        services.AddSingleton<ReplySender>();
        services.AddSingleton<FileConsent>();
        // A file consent invoke must be answered within seconds; an upload that hangs must not hold it.
        services.AddHttpClient(nameof(FileConsent), http => http.Timeout = TimeSpan.FromSeconds(10));
        services.AddHttpContextAccessor();
        services.AddHostedService<AnswerCountUpdater>();
        services.AddTeamsOutbox();
        services.AddTransient<IBot, SocialeBasisTeamsBot>();
        return services;
    }

    public static IEndpointRouteBuilder MapTeamsBot(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/messages", (HttpRequest request, HttpResponse response, IBotFrameworkHttpAdapter adapter, IBot bot, CancellationToken ct) =>
            adapter.ProcessAsync(request, response, bot, ct));
        return endpoints;
    }
}
