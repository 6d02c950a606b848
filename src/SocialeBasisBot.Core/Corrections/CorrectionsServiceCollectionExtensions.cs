using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SocialeBasisBot.Corrections;

public static class CorrectionsServiceCollectionExtensions
{
    /// <summary>Facilitators' theme corrections: their store, and the service that checks and records them.</summary>
    public static IServiceCollection AddCorrections(this IServiceCollection services)
    {
        services.TryAddSingleton<CorrectionStore>();
        services.TryAddSingleton<MeetingLeaders>();
        services.TryAddSingleton<CorrectionAudience>();
        services.TryAddSingleton<ThemeCorrections>();
        return services;
    }
}
