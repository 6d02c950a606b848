using Microsoft.AspNetCore.HttpOverrides;

namespace SocialeBasisBot.Hosting;

public static class ProxyHeaders
{
    /// <summary>
    /// Behind the reverse proxy in deployment/nginx (on loopback, the default trusted proxy), the request's scheme is
    /// https: download links must say so, or their signatures travel over plain http.
    /// </summary>
    public static IApplicationBuilder UseProxyHeaders(this IApplicationBuilder app) =>
        app.UseForwardedHeaders(new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost,
        });
}
