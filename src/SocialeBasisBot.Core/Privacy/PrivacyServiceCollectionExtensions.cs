using Microsoft.Extensions.DependencyInjection;

namespace SocialeBasisBot.Privacy;

public static class PrivacyServiceCollectionExtensions
{
    /// <summary>Participants' data rights and retention: sections "Privacy" and "Storage" (RetentionDays).</summary>
    public static IServiceCollection AddPrivacy(this IServiceCollection services)
    {
        services.AddOptions<PrivacyOptions>().BindConfiguration(PrivacyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<PrivacyStore>();
        services.AddSingleton<PrivacyService>();
        services.AddSingleton<RetentionWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<RetentionWorker>());
        return services;
    }
}
