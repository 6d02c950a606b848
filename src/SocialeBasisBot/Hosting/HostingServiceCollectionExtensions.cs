namespace SocialeBasisBot.Hosting;

public static class HostingServiceCollectionExtensions
{
    /// <summary>What the host accepts from the network and whom it trusts: section "Hosting", checked at start-up.</summary>
    public static IServiceCollection AddHostingEdge(this IServiceCollection services)
    {
        services.AddOptions<HostingOptions>()
            .BindConfiguration(HostingOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<ActivityIntakeGate>();
        return services;
    }
}
