using Microsoft.Extensions.DependencyInjection;

namespace SocialeBasisBot.Organisers;

public static class OrganisersServiceCollectionExtensions
{
    /// <summary>The organisers' sessions page: who sees what (section "Organisers"), the list, comparison and deletion.</summary>
    public static IServiceCollection AddOrganisers(this IServiceCollection services)
    {
        services.AddOptions<OrganiserOptions>().BindConfiguration(OrganiserOptions.Section);
        services.AddSingleton<OrganiserAccess>();
        services.AddSingleton<OrganiserSessions>();
        services.AddSingleton<OrganiserLinks>();
        return services;
    }
}
