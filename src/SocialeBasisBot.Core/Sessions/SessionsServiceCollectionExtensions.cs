using Microsoft.Extensions.DependencyInjection;

namespace SocialeBasisBot.Sessions;

public static class SessionsServiceCollectionExtensions
{
    public static IServiceCollection AddSessions(this IServiceCollection services)
    {
        services.AddOptions<FacilitatorOptions>().BindConfiguration(FacilitatorOptions.Section);
        services.AddSingleton<FacilitatorPolicy>();
        services.AddSingleton<SessionService>();
        services.AddSingleton<Answers.AnswerPreparation>();
        services.AddHostedService(sp => sp.GetRequiredService<Answers.AnswerPreparation>());
        // Summaries of stored sessions need storage, so they are registered with the sessions, not the summarizers.
        services.AddTransient<Summaries.SessionReports>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }
}
