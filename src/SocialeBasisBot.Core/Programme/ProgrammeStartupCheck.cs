using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SocialeBasisBot.Programme;

/// <summary>
/// Loads the programme catalog while the host starts, so an invalid programme file stops start-up with file, line
/// and reason instead of failing later when a facilitator types "start".
/// </summary>
internal sealed class ProgrammeStartupCheck(ProgrammeCatalog catalog, ILogger<ProgrammeStartupCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        logger.LogInformation(
            "Loaded {ProgrammeCount} programme(s): {ProgrammeIds}; default {DefaultProgramme}",
            catalog.All.Count, string.Join(", ", catalog.Ids), catalog.Default.Id);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
