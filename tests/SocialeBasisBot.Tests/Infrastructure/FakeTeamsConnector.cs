using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SocialeBasisBot.Tests.Infrastructure;

/// <summary>
/// A stand-in for the Teams connector service (the serviceUrl in every activity), on loopback Kestrel. It speaks the
/// Bot Connector REST wire format: POST /v3/conversations/{id}/activities[/{replyTo}] returns {"id":"1:n"},
/// PUT …/activities/{id} updates, DELETE …/activities/{id} deletes, and it records everything the bot sent.
/// </summary>
public sealed class FakeTeamsConnector : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<ConnectorCall> calls = new();
    private int nextId;

    private FakeTeamsConnector(WebApplication app) => this.app = app;

    public string ServiceUrl { get; private set; } = "";

    /// <summary>Status codes to answer the next calls with before succeeding (e.g. 429 to test back-off).</summary>
    public ConcurrentQueue<int> FailNext { get; } = new();

    public IReadOnlyList<ConnectorCall> Calls => [.. calls];

    /// <summary>Files the bot uploaded after file consent, by name.</summary>
    public ConcurrentDictionary<string, byte[]> Uploads { get; } = new();

    public static async Task<FakeTeamsConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var connector = new FakeTeamsConnector(app);
        app.Map("/v3/conversations/{**rest}", connector.HandleAsync);
        // Stands in for the OneDrive upload session URL that Teams hands a bot after file consent.
        app.MapPut("/upload/{name}", async (string name, HttpRequest request) =>
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer);
            connector.Uploads[name] = buffer.ToArray();
            return Results.Created();
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        connector.ServiceUrl = address.TrimEnd('/') + "/";
        return connector;
    }

    /// <summary>Messages the bot posted (new messages and replies), in order.</summary>
    public IReadOnlyList<ConnectorCall> Posts => Calls.Where(c => c.Method == "POST").ToList();

    /// <summary>Cards the chat shows: posted ones and ones that replaced an earlier message (e.g. a placeholder).</summary>
    public IReadOnlyList<System.Text.Json.Nodes.JsonObject> Cards =>
        Calls.Where(c => c.Method is "POST" or "PUT").Select(c => c.Card).OfType<System.Text.Json.Nodes.JsonObject>().ToList();

    public IReadOnlyList<ConnectorCall> Updates => Calls.Where(c => c.Method == "PUT").ToList();

    public IReadOnlyList<string> PostedTexts => Posts.Select(p => p.Text).ToList();

    public void Clear() => calls.Clear();

    /// <summary>Waits until a condition on the recorded calls holds (the bot answers asynchronously for count updates).</summary>
    public async Task<bool> WaitForAsync(Func<FakeTeamsConnector, bool> condition, TimeSpan timeout)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (waited.Elapsed < timeout)
        {
            if (condition(this))
            {
                return true;
            }

#pragma warning disable RS0030 // Polling until the one Teams test kit (issue 7, item 2) replaces this connector.
            await Task.Delay(50);
#pragma warning restore RS0030
        }

        return condition(this);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var rest = Uri.UnescapeDataString((string)context.Request.RouteValues["rest"]!);
        var parts = rest.Split("/activities", 2);
        var conversationId = parts[0];
        var activityId = parts.Length > 1 ? parts[1].Trim('/') : "";
        JsonObject? body = null;
        if (context.Request.ContentLength is > 0 || context.Request.Method is "POST" or "PUT")
        {
            using var reader = new StreamReader(context.Request.Body);
            var text = await reader.ReadToEndAsync();
            body = text.Length > 0 ? JsonNode.Parse(text) as JsonObject : null;
        }

        if (FailNext.TryDequeue(out var status))
        {
            if (status == 429)
            {
                context.Response.Headers.RetryAfter = "1";
            }

            context.Response.StatusCode = status;
            return;
        }

        var id = context.Request.Method == "POST" ? $"1:{Interlocked.Increment(ref nextId)}" : activityId;
        calls.Enqueue(new ConnectorCall(context.Request.Method, conversationId, activityId, id, body));
        context.Response.StatusCode = StatusCodes.Status200OK;
        await context.Response.WriteAsJsonAsync(new { id });
    }
}
