using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SocialeBasisBot.LocalTeams;

/// <summary>
/// A stand-in for the Teams connector service (the serviceUrl in every activity) on a <see cref="LoopbackServer"/>. It
/// speaks the Bot Connector REST wire format: POST /v3/conversations/{id}/activities[/{replyToId}] answers {"id":"1:n"},
/// PUT …/activities/{id} updates and DELETE …/activities/{id} deletes a message the bot posted (404 for any other id,
/// as Teams does), and PUT /upload/{name} stands in for the upload URL Teams hands out after file consent. Every call is
/// recorded with its status and handed to <see cref="Received"/> while the bot waits for the answer, so a printed chat
/// keeps Teams' order. Failures for the next calls can be injected with <see cref="FailNext"/>.
/// </summary>
public sealed class LocalTeamsConnector : IDisposable, IAsyncDisposable
{
    private const string Conversations = "/v3/conversations/";
    private const string Upload = "/upload/";
    private readonly LoopbackServer server;
    private readonly Lock gate = new();
    private readonly List<ConnectorCall> calls = [];
    // Ids of messages the bot posted; kept over Clear(), since the bot may still update them afterwards.
    private readonly HashSet<string> posted = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<ConnectorFailure> failures = new();
    private readonly ConcurrentDictionary<string, byte[]> uploads = new(StringComparer.Ordinal);
    private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int nextId;

    private LocalTeamsConnector() => server = new LoopbackServer(Respond, keepRequests: false);

    /// <summary>The serviceUrl to put in activities, ending in a slash as Teams sends it.</summary>
    public Uri ServiceUrl => server.BaseAddress;

    /// <summary>Called for every call the bot makes, on the request's thread, before the bot gets its answer.</summary>
    public Action<ConnectorCall>? Received { get; set; }

    /// <summary>Every call since the start (or the last <see cref="Clear"/>), in order, failed ones included.</summary>
    public IReadOnlyList<ConnectorCall> Calls
    {
        get
        {
            lock (gate)
            {
                return [.. calls];
            }
        }
    }

    /// <summary>Messages the bot posted (new messages and replies), in order.</summary>
    public IReadOnlyList<ConnectorCall> Posts => Shown("POST");

    /// <summary>Messages the bot changed afterwards (a count refresh, a placeholder replaced by its card).</summary>
    public IReadOnlyList<ConnectorCall> Updates => Shown("PUT");

    public IReadOnlyList<ConnectorCall> Deletes => Shown("DELETE");

    public IReadOnlyList<string> PostedTexts => Posts.Select(p => p.Text).ToList();

    /// <summary>Cards the chat shows: posted ones and ones that replaced an earlier message.</summary>
    public IReadOnlyList<JsonObject> Cards =>
        Calls.Where(c => c.Succeeded && c.Method is "POST" or "PUT").SelectMany(c => c.Cards).ToList();

    /// <summary>Meetings and their participants' roles, answered on Teams' Get participant route.</summary>
    public LocalMeetings Meetings { get; } = new();

    /// <summary>Files the bot uploaded after file consent, by name.</summary>
    public IReadOnlyDictionary<string, byte[]> Uploads => uploads;

    /// <summary>Failures still waiting for a call.</summary>
    public int PendingFailures => failures.Count;

    public static Task<LocalTeamsConnector> StartAsync(CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        return Task.FromResult(new LocalTeamsConnector());
    }

    /// <summary>Where a file consent lets the bot upload <paramref name="name"/> (Teams hands out a OneDrive URL).</summary>
    public Uri UploadUrl(string name) => new(ServiceUrl, "upload/" + Uri.EscapeDataString(name));

    /// <summary>Answers the next activity call with <paramref name="status"/> (and Retry-After, if given) instead of success.</summary>
    public void FailNext(HttpStatusCode status, TimeSpan? retryAfter = null) => failures.Enqueue(new ConnectorFailure(status, retryAfter));

    /// <summary>Forgets the recorded calls (not the ids of posted messages, which stay updatable).</summary>
    public void Clear()
    {
        lock (gate)
        {
            calls.Clear();
        }
    }

    /// <summary>Waits until a condition on the recorded calls holds, re-checking on every call; false after <paramref name="timeout"/>.</summary>
    public async Task<bool> WaitForAsync(Func<LocalTeamsConnector, bool> condition, TimeSpan timeout)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            Task next;
            lock (gate)
            {
                next = changed.Task;
            }

            if (condition(this))
            {
                return true;
            }

            var left = timeout - waited.Elapsed;
            if (left <= TimeSpan.Zero)
            {
                return false;
            }

            try
            {
                await next.WaitAsync(left);
            }
            catch (TimeoutException)
            {
                return condition(this);
            }
        }
    }

    /// <summary>
    /// The last message the bot posted that matches, waiting for it up to <paramref name="timeout"/> (10 s if not
    /// given); null when none came. The bot sends through its outbox after the turn's 200, so a test waits for what
    /// it expects to see instead of reading the chat as soon as the request returns.
    /// </summary>
    public async Task<ConnectorCall?> WaitForPostAsync(Func<ConnectorCall, bool> match, TimeSpan? timeout = null)
    {
        ConnectorCall? found = null;
        return await WaitForAsync(c => (found = c.Posts.LastOrDefault(match)) is not null, timeout ?? TimeSpan.FromSeconds(10)) ? found : null;
    }

    /// <summary>The last message the bot posted whose text or cards contain <paramref name="text"/>, waiting for it.</summary>
    public Task<ConnectorCall?> WaitForTextAsync(string text, TimeSpan? timeout = null) =>
        WaitForPostAsync(p => p.AllText.Contains(text, StringComparison.Ordinal), timeout);

    /// <summary>
    /// Waits, as a person in the chat does, for the bot's answer to what was sent after call number
    /// <paramref name="afterCall"/>: until it posted a message and then posted nothing new for <paramref name="quiet"/>.
    /// False when nothing was posted within <paramref name="timeout"/>.
    /// </summary>
    public async Task<bool> WaitForRepliesAsync(int afterCall, TimeSpan quiet, TimeSpan timeout)
    {
        int PostsSince(LocalTeamsConnector c) => c.Calls.Skip(afterCall).Count(x => x.Succeeded && x.Method == "POST");
        if (!await WaitForAsync(c => PostsSince(c) > 0, timeout))
        {
            return false;
        }

        var waited = Stopwatch.StartNew();
        for (var seen = PostsSince(this); waited.Elapsed < timeout && await WaitForAsync(c => PostsSince(c) > seen, quiet); seen = PostsSince(this))
        {
        }

        return true;
    }

    /// <summary>True as soon as the bot makes another call; false when it stays quiet for <paramref name="quiet"/>.</summary>
    public async Task<bool> WaitForCallAsync(TimeSpan quiet)
    {
        Task next;
        lock (gate)
        {
            next = changed.Task;
        }

        try
        {
            await next.WaitAsync(quiet);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    public void Dispose() => server.Dispose();

    public ValueTask DisposeAsync() => server.DisposeAsync();

    private List<ConnectorCall> Shown(string method) => Calls.Where(c => c.Succeeded && c.Method == method).ToList();

    private LoopbackResponse Respond(LoopbackRequest request)
    {
        var path = request.PathAndQuery.Split('?', 2)[0];
        if (request.Method == "PUT" && path.StartsWith(Upload, StringComparison.Ordinal))
        {
            uploads[Uri.UnescapeDataString(path[Upload.Length..])] = request.Content.ToArray();
            return new LoopbackResponse((int)HttpStatusCode.Created, "{}");
        }

        if (LocalMeetings.Handles(path))
        {
            return Meetings.Respond(request, path);
        }

        if (!path.StartsWith(Conversations, StringComparison.Ordinal) || !path.Contains("/activities", StringComparison.Ordinal))
        {
            return Error(HttpStatusCode.NotFound, "NotFound", $"{request.Method} {path} is not part of the connector API.");
        }

        var parts = path[Conversations.Length..].Split("/activities", 2);
        var conversationId = Uri.UnescapeDataString(parts[0]);
        var pathActivityId = Uri.UnescapeDataString(parts[1].Trim('/'));
        var body = request.Body.Length > 0 ? JsonNode.Parse(request.Content.Span) as JsonObject : null;

        if (failures.TryDequeue(out var failure))
        {
            Record(new ConnectorCall(request.Method, conversationId, pathActivityId, "", body, (int)failure.Status));
            var headers = failure.RetryAfter is { } wait
                ? new Dictionary<string, string> { ["Retry-After"] = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture) }
                : null;
            return new LoopbackResponse((int)failure.Status, ErrorBody(failure.Status.ToString(), "Injected failure."), headers);
        }

        switch (request.Method)
        {
            case "POST" when body is null:
                Record(new ConnectorCall("POST", conversationId, pathActivityId, "", null, (int)HttpStatusCode.BadRequest));
                return Error(HttpStatusCode.BadRequest, "BadArgument", "Activity body is missing.");
            case "POST":
                // Teams ids of bot messages look like "1:…"; a counter keeps them readable and unique per connector.
                var id = string.Create(CultureInfo.InvariantCulture, $"1:{Interlocked.Increment(ref nextId)}");
                Record(new ConnectorCall("POST", conversationId, pathActivityId, id, body), postedId: id);
                return Ok(id);
            case "PUT" or "DELETE" when !Knows(pathActivityId):
                Record(new ConnectorCall(request.Method, conversationId, pathActivityId, "", body, (int)HttpStatusCode.NotFound));
                return Error(HttpStatusCode.NotFound, "ActivityNotFoundInConversation", "Unknown activity.");
            case "PUT" or "DELETE":
                Record(new ConnectorCall(request.Method, conversationId, pathActivityId, pathActivityId, body));
                return Ok(pathActivityId);
            default:
                Record(new ConnectorCall(request.Method, conversationId, pathActivityId, "", body, (int)HttpStatusCode.MethodNotAllowed));
                return Error(HttpStatusCode.MethodNotAllowed, "MethodNotAllowed", $"{request.Method} is not supported here.");
        }
    }

    private bool Knows(string activityId)
    {
        lock (gate)
        {
            return posted.Contains(activityId);
        }
    }

    private void Record(ConnectorCall call, string? postedId = null)
    {
        TaskCompletionSource wake;
        lock (gate)
        {
            calls.Add(call);
            if (postedId is not null)
            {
                posted.Add(postedId);
            }

            wake = changed;
            changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        wake.TrySetResult();
        Received?.Invoke(call);
    }

    private static LoopbackResponse Ok(string id) => new((int)HttpStatusCode.OK, JsonSerializer.Serialize(new { id }));

    private static LoopbackResponse Error(HttpStatusCode status, string code, string message) => new((int)status, ErrorBody(code, message));

    private static string ErrorBody(string code, string message) => JsonSerializer.Serialize(new { error = new { code, message } });
}
