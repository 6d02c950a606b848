using Microsoft.Extensions.Hosting;

namespace SocialeBasisBot.Exports;

/// <summary>Builds the signer at start-up, so a missing signing key is warned about then, not at the first export.</summary>
internal sealed class ExportSigningKeyCheck(ExportLinkSigner signer) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = signer.LinkLifetime;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
