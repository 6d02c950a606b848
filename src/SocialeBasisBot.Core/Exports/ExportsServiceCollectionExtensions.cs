using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SocialeBasisBot.Summaries;

namespace SocialeBasisBot.Exports;

public static class ExportsServiceCollectionExtensions
{
    /// <summary>Link signer, exporter and summarizers, with options from section "Exports" checked at start-up.</summary>
    public static IServiceCollection AddExports(this IServiceCollection services)
    {
        services.AddOptions<ExportOptions>()
            .BindConfiguration(ExportOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSummaries();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ExportLinkSigner>();
        services.TryAddSingleton<SessionExporter>();
        services.AddHostedService<ExportSigningKeyCheck>();
        return services;
    }
}
