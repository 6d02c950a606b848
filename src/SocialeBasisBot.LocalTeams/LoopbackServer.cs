using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SocialeBasisBot.LocalTeams;

/// <summary>
/// A real HTTP server on 127.0.0.1 (Kestrel) that plays a remote service, so the code under test goes through its own
/// HttpClient, handlers and retries. Kestrel binds port 0 and the port it got is read back: no probing for a free port
/// that another process can take in between. Every request is recorded before the responder sees it.
/// </summary>
public sealed class LoopbackServer : IDisposable, IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly Func<LoopbackRequest, LoopbackResponse> responder;
    private readonly bool keepRequests;
    private int count;

    /// <summary>
    /// Starts the server; the responder is called for every request, on the request's thread. With
    /// <paramref name="keepRequests"/> false, <see cref="Requests"/> stays empty (a caller that records requests its
    /// own way, like <see cref="LocalTeamsConnector"/>, need not hold every body twice).
    /// </summary>
    public LoopbackServer(Func<LoopbackRequest, LoopbackResponse> responder, bool keepRequests = true)
    {
        this.responder = responder;
        this.keepRequests = keepRequests;
        var builder = WebApplication.CreateSlimBuilder();
        // An explicit endpoint wins over any Urls or ASPNETCORE_URLS the process carries (the bot's appsettings.json
        // sits next to the tests).
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        app = builder.Build();
        app.Run(HandleAsync);
        // Kestrel's start completes on its own threads, so blocking here cannot deadlock; it keeps the constructor the
        // whole API, as the provider tests use it.
        app.StartAsync().GetAwaiter().GetResult();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.TrimEnd('/') + "/");
    }

    /// <summary>Every request received, in order (unless the server was started not to keep them).</summary>
    public ConcurrentQueue<LoopbackRequest> Requests { get; } = new();

    /// <summary>The server's address, ending in a slash.</summary>
    public Uri BaseAddress { get; }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        var content = buffer.ToArray();
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget is { Length: > 0 } raw
            ? raw
            : context.Request.Path + context.Request.QueryString;
        var request = new LoopbackRequest(
            Interlocked.Increment(ref count),
            context.Request.Method,
            target,
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            Encoding.UTF8.GetString(content))
        {
            Content = content,
        };
        if (keepRequests)
        {
            Requests.Enqueue(request);
        }

        LoopbackResponse response;
        try
        {
            response = responder(request);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A responder that throws is a broken test double: say so in the response instead of a bare reset.
            response = new LoopbackResponse(StatusCodes.Status500InternalServerError, $"{{\"error\":{{\"message\":\"{ex.GetType().Name} in the loopback responder\"}}}}");
        }

        context.Response.StatusCode = response.Status;
        context.Response.ContentType = "application/json";
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }

        var bytes = Encoding.UTF8.GetBytes(response.Body ?? "");
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }
}
