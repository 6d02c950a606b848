using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SocialeBasisBot.Wall;

public static class WallServiceCollectionExtensions
{
    /// <summary>
    /// The live theme wall: its snapshots, background theming and signed links; options "Wall" checked at start-up.
    /// Builds on the sessions' reports and the export link signer (AddSessions, AddExports).
    /// </summary>
    public static IServiceCollection AddWall(this IServiceCollection services)
    {
        services.AddOptions<WallOptions>()
            .BindConfiguration(WallOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<WallThemes>();
        services.TryAddSingleton<WallSnapshots>();
        services.TryAddSingleton<WallLinks>();
        services.TryAddSingleton<WallAccess>();
        return services;
    }
}
