using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using SocialeBasisBot.Hosting;
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
        services.AddSingleton(sp => BotAuthentication.Create(sp, new TeamsConnectorClients(sp.GetRequiredService<IHttpClientFactory>())));
        services.AddSingleton<TeamsAdapter>();
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<TeamsAdapter>());
        services.AddSingleton<ItemCards>();
        services.AddSingleton<SummaryCards>();
        services.AddSingleton<Privacy.PrivacyCards>();
        services.AddSingleton<OutboxActivities>();
        services.AddSingleton<SocialeBasisBot.Sessions.RequestAddress, HttpRequestAddress>();
        services.AddSingleton<FileConsent>();
        services.AddSingleton<Meetings.MeetingRoleLookup>();
        services.AddSingleton<Meetings.MeetingCards>();
        services.AddSingleton<Meetings.MeetingNotifications>();
        services.AddSingleton<AnswerCards>();
        services.AddSingleton<WallCards>();
        services.AddSingleton<CardActions>();
        services.AddSingleton<CorrectionCards>();
        services.AddSingleton<SummaryCardActions>();
        services.AddSingleton<SummaryCardUpdates>();
        services.AddHostedService<Meetings.QuestionTimerWorker>();
        // A file consent invoke must be answered within seconds; an upload that hangs must not hold it.
        services.AddHttpClient(nameof(FileConsent), http => http.Timeout = TimeSpan.FromSeconds(10));
        services.AddHttpContextAccessor();
        services.AddTeamsOutbox();
        services.AddTransient<IBot, SocialeBasisTeamsBot>();
        return services;
    }

    public static IEndpointRouteBuilder MapTeamsBot(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/messages", async (
            HttpContext context, ActivityIntakeGate gate, IBotFrameworkHttpAdapter adapter, IBot bot, ILogger<TeamsAdapter> logger, CancellationToken ct) =>
        {
            if (await gate.AdmitAsync(context, ct) is { } refusal)
            {
                return refusal;
            }

            try
            {
                await adapter.ProcessAsync(context.Request, context.Response, bot, ct);
            }
            catch (Exception e) when (!context.Response.HasStarted && TokenCheckFailure.StatusFor(e) is { } status)
            {
                // The SDK throws on some tokens instead of refusing them; the caller gets a status, not a stack trace.
                TokenCheckLog.Failed(logger, status, e.Message);
                return Results.StatusCode(status);
            }
            catch (Exception e) when (!context.Response.HasStarted && Storage.StorageOutage.Is(e))
            {
                // Logged by the adapter's turn error handler; nothing of the turn was stored, so it is not acknowledged.
                return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
            }

            return Results.Empty;
        });
        return endpoints;
    }
}
