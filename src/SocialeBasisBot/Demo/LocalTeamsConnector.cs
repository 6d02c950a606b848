using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace SocialeBasisBot.Demo;

/// <summary>
/// A stand-in for the Teams connector service (the serviceUrl in every activity) on loopback Kestrel. It speaks the
/// Bot Connector REST wire format the bot uses: POST /v3/conversations/{id}/activities[/{replyToId}] answers
/// {"id":"…"}, PUT …/activities/{id} updates and DELETE …/activities/{id} deletes a message. Every call is handed to
/// <see cref="Received"/> while the bot waits for the answer, so the chat prints in the order Teams would show it.
/// </summary>
public sealed class LocalTeamsConnector : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly Lock gate = new();
    private readonly List<ConnectorRequest> requests = [];
    private int nextId;

    private LocalTeamsConnector(WebApplication app) => this.app = app;

    /// <summary>The serviceUrl to put in activities, ending in a slash as Teams sends it.</summary>
    public Uri ServiceUrl { get; private set; } = null!;

    /// <summary>Called for every request the bot makes, on the request's thread.</summary>
    public Action<ConnectorRequest>? Received { get; set; }

    public IReadOnlyList<ConnectorRequest> Requests
    {
        get
        {
            lock (gate)
            {
                return [.. requests];
            }
        }
    }

    public static async Task<LocalTeamsConnector> StartAsync(CancellationToken ct)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var connector = new LocalTeamsConnector(app);
        app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId?}", connector.PostAsync);
        app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", connector.PutAsync);
        app.MapDelete("/v3/conversations/{conversationId}/activities/{activityId}", connector.Delete);
        await app.StartAsync(ct);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        connector.ServiceUrl = new Uri(address.TrimEnd('/') + "/");
        return connector;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task<IResult> PostAsync(string conversationId, string? replyToId, HttpRequest request)
    {
        var body = await ReadBodyAsync(request);
        if (body is null)
        {
            return Results.BadRequest(new { error = new { code = "BadArgument", message = "Activity body is missing." } });
        }

        // Teams ids of bot messages look like "1:…"; a counter keeps them readable and unique per run.
        var id = string.Create(CultureInfo.InvariantCulture, $"1:{Interlocked.Increment(ref nextId)}");
        Record(new ConnectorRequest("POST", conversationId, replyToId ?? "", id, body));
        return Results.Ok(new { id });
    }

    private async Task<IResult> PutAsync(string conversationId, string activityId, HttpRequest request)
    {
        var body = await ReadBodyAsync(request);
        if (body is null)
        {
            return Results.BadRequest(new { error = new { code = "BadArgument", message = "Activity body is missing." } });
        }

        if (!Knows(activityId))
        {
            return Results.NotFound(new { error = new { code = "ActivityNotFoundInConversation", message = "Unknown activity." } });
        }

        Record(new ConnectorRequest("PUT", conversationId, activityId, activityId, body));
        return Results.Ok(new { id = activityId });
    }

    private IResult Delete(string conversationId, string activityId)
    {
        if (!Knows(activityId))
        {
            return Results.NotFound(new { error = new { code = "ActivityNotFoundInConversation", message = "Unknown activity." } });
        }

        Record(new ConnectorRequest("DELETE", conversationId, activityId, activityId, null));
        return Results.Ok();
    }

    private bool Knows(string activityId)
    {
        lock (gate)
        {
            return requests.Any(r => r.Method == "POST" && r.ActivityId == activityId);
        }
    }

    private void Record(ConnectorRequest request)
    {
        lock (gate)
        {
            requests.Add(request);
        }

        Received?.Invoke(request);
    }

    private static async Task<JsonObject?> ReadBodyAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync();
        return text.Length == 0 ? null : JsonNode.Parse(text) as JsonObject;
    }
}
