using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace SocialeBasisBot.Themes.Tests.Support;

/// <summary>
/// A real HTTP server on 127.0.0.1 (HttpListener) that plays a cloud service: the code under test goes through its
/// real HttpClient, handlers and retries. The responder sees the request number (1-based), path and body.
/// </summary>
public sealed class LoopbackServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<LoopbackRequest, LoopbackResponse> _responder;
    private readonly Task _loop;
    private int _count;

    public ConcurrentQueue<LoopbackRequest> Requests { get; } = new();

    public Uri BaseAddress { get; }

    public LoopbackServer(Func<LoopbackRequest, LoopbackResponse> responder)
    {
        _responder = responder;
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(BaseAddress.ToString());
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var request = new LoopbackRequest(Interlocked.Increment(ref _count), context.Request.HttpMethod,
                context.Request.Url!.PathAndQuery, context.Request.Headers.AllKeys.ToDictionary(k => k!, k => context.Request.Headers[k]!, StringComparer.OrdinalIgnoreCase),
                await reader.ReadToEndAsync());
            Requests.Enqueue(request);
            var response = _responder(request);
            context.Response.StatusCode = response.Status;
            foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>()) context.Response.Headers[name] = value;
            var bytes = Encoding.UTF8.GetBytes(response.Body ?? "");
            context.Response.ContentType = "application/json";
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }
}
