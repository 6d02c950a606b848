using Microsoft.Extensions.DependencyInjection;

namespace SocialeBasisBot.Sessions;

public static class SessionsServiceCollectionExtensions
{
    public static IServiceCollection AddSessions(this IServiceCollection services)
    {
        services.AddOptions<FacilitatorOptions>().BindConfiguration(FacilitatorOptions.Section);
        services.AddSingleton<FacilitatorPolicy>();
        services.AddSingleton<SessionService>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }
}
