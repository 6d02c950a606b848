using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using SocialeBasisBot.Exports;

namespace SocialeBasisBot.Hosting;

public static class ProxyHeaders
{
    /// <summary>
    /// Behind the reverse proxy in deployment/nginx the request's scheme is https: download links must say so, or
    /// their signatures travel over plain http. X-Forwarded-* is believed only from the proxies and networks in
    /// Hosting:KnownProxies / Hosting:KnownNetworks (none set: loopback only, ASP.NET Core's default), so a client
    /// cannot put its own host into export links; with Exports:PublicBaseUrl set only that host is accepted.
    /// </summary>
    public static IApplicationBuilder UseProxyHeaders(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var hosting = app.ApplicationServices.GetRequiredService<IOptions<HostingOptions>>().Value;
        var exports = app.ApplicationServices.GetRequiredService<IOptions<ExportOptions>>().Value;
        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost,
        };
        if (hosting.KnownProxies.Count > 0 || hosting.KnownNetworks.Count > 0)
        {
            // Configured lists replace the loopback default: the proxy is then somewhere else.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in hosting.KnownProxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in hosting.KnownNetworks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        }

        if (!string.IsNullOrWhiteSpace(exports.PublicBaseUrl))
        {
            options.AllowedHosts.Add(new Uri(exports.PublicBaseUrl).Authority);
        }

        return app.UseForwardedHeaders(options);
    }
}
