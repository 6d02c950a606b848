using System.ComponentModel.DataAnnotations;
using System.Net;

namespace SocialeBasisBot.Hosting;

/// <summary>Configuration section "Hosting": what the host accepts from the network and whom it trusts.</summary>
public sealed class HostingOptions : IValidatableObject
{
    public const string Section = "Hosting";

    /// <summary>
    /// Teams' own service URL hosts (learn.microsoft.com: public cloud, GCC, GCC High, DoD) and the Bot Framework
    /// channels (Web Chat, Direct Line, the Azure portal's test chat) in the public and US government clouds.
    /// </summary>
    public static readonly IReadOnlyList<string> TeamsServiceUrlHosts =
    [
        "smba.trafficmanager.net",
        "smba.infra.gcc.teams.microsoft.com",
        "smba.infra.gov.teams.microsoft.us",
        "smba.infra.dod.teams.microsoft.us",
        "*.botframework.com",
        "*.botframework.azure.us",
    ];

    /// <summary>
    /// Largest body accepted on POST /api/messages. Teams messages are at most about 28 KB; the margin covers card
    /// submits and HTML copies. Anything larger gets 413 before it is read.
    /// </summary>
    [Range(16 * 1024, 16 * 1024 * 1024)]
    public long MaxMessageBytes { get; set; } = 256 * 1024;

    /// <summary>
    /// Hosts (exact, or "*.domain" for its subdomains) the bot may send to when an app id is configured. Empty: Teams'
    /// service URL hosts. A request naming any other serviceUrl is refused before the bot sends anything.
    /// </summary>
    public List<string> AllowedServiceUrlHosts { get; set; } = [];

    /// <summary>Proxies (IP addresses) whose X-Forwarded-* headers are believed. Empty with no networks: loopback only.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks (CIDR, e.g. 10.0.0.0/8) whose X-Forwarded-* headers are believed.</summary>
    public List<string> KnownNetworks { get; set; } = [];

    public IReadOnlyList<string> EffectiveServiceUrlHosts => AllowedServiceUrlHosts.Count > 0 ? AllowedServiceUrlHosts : TeamsServiceUrlHosts;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var proxy in KnownProxies.Where(p => !IPAddress.TryParse(p, out _)))
            yield return new ValidationResult($"Hosting:KnownProxies: '{proxy}' is not an IP address.", [nameof(KnownProxies)]);
        foreach (var network in KnownNetworks.Where(n => !System.Net.IPNetwork.TryParse(n, out _)))
            yield return new ValidationResult($"Hosting:KnownNetworks: '{network}' is not a network such as 10.0.0.0/8.", [nameof(KnownNetworks)]);
        foreach (var host in AllowedServiceUrlHosts.Where(h => !ServiceUrlAllowList.IsValidPattern(h)))
            yield return new ValidationResult(
                $"Hosting:AllowedServiceUrlHosts: '{host}' must be a host name such as smba.trafficmanager.net or *.botframework.com.",
                [nameof(AllowedServiceUrlHosts)]);
    }
}
