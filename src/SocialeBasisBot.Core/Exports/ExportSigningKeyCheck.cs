using Microsoft.Extensions.Hosting;

namespace SocialeBasisBot.Exports;

/// <summary>
/// Asks for the signer at start-up: constructing it is what warns about a missing signing key, and that warning
/// belongs in the start-up log, not next to the first export.
/// </summary>
internal sealed class ExportSigningKeyCheck(ExportLinkSigner signer) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(signer);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
