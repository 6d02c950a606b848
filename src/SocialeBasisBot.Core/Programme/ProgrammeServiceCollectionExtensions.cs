using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SocialeBasisBot.Programme;

public static class ProgrammeServiceCollectionExtensions
{
    /// <summary>
    /// Registers the <see cref="ProgrammeCatalog"/> loaded from the folder in section "Programmes" (default "dialogs"),
    /// checked at start-up: an invalid programme file makes the host fail to start with file, line and reason.
    /// </summary>
    public static IServiceCollection AddProgrammes(this IServiceCollection services)
    {
        services.AddOptions<ProgrammeOptions>()
            .BindConfiguration(ProgrammeOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<ProgrammeOptions>>().Value;
            var contentRoot = provider.GetService<IHostEnvironment>()?.ContentRootPath;
            var folder = ProgrammeFolderResolver.Resolve(options.Folder, contentRoot);
            try
            {
                return ProgrammeCatalog.LoadFolder(folder, options.Default);
            }
            catch (ProgrammeValidationException ex)
            {
                provider.GetRequiredService<ILogger<ProgrammeCatalog>>()
                    .LogCritical("Programme files in {ProgrammeFolder} are invalid: {Problems}", folder, ex.Message);
                throw;
            }
        });
        services.AddHostedService<ProgrammeStartupCheck>();
        return services;
    }
}
