namespace SocialeBasisBot.Teams;

public static class OutboxServiceCollectionExtensions
{
    /// <summary>The worker that sends what the outbox holds, its adapter (one HTTP call per send) and its settings.</summary>
    public static IServiceCollection AddTeamsOutbox(this IServiceCollection services)
    {
        services.AddOptions<OutboxOptions>()
            .BindConfiguration(OutboxOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        OutboxAdapter.AddTo(services);
        services.AddHostedService<OutboxSender>();
        return services;
    }
}
