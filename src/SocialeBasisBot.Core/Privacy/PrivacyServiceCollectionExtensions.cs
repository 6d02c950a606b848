using Microsoft.Extensions.DependencyInjection;

namespace SocialeBasisBot.Privacy;

public static class PrivacyServiceCollectionExtensions
{
    /// <summary>
    /// Participants' data rights and retention: sections "Privacy" and "Storage" (RetentionDays). Builds on the
    /// summaries and the wall (AddExports, AddWall), whose caches forget deleted sessions.
    /// </summary>
    public static IServiceCollection AddPrivacy(this IServiceCollection services)
    {
        services.AddOptions<PrivacyOptions>().BindConfiguration(PrivacyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<PrivacyStore>();
        services.AddSingleton<PrivacyService>();
        services.AddSingleton<RetentionWorker>();
        // What keeps session data in memory, told to forget a session when it is deleted.
        services.AddSingleton<ISessionCache>(sp => sp.GetRequiredService<Summaries.SessionReports>());
        services.AddSingleton<ISessionCache>(sp => sp.GetRequiredService<Wall.WallSnapshots>());
        services.AddSingleton<ISessionCache>(sp => sp.GetRequiredService<Wall.WallThemes>());
        services.AddHostedService(sp => sp.GetRequiredService<RetentionWorker>());
        return services;
    }
}
