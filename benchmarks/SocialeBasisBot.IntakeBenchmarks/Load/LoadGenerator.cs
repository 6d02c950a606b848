using System.Diagnostics;
using System.Net.Http.Headers;

namespace SocialeBasisBot.IntakeBenchmarks.Load;

/// <summary>
/// An in-process HTTP load generator: <c>connections</c> workers, each with one keep-alive connection, post
/// prepared JSON bodies to /api/messages one after another until the bodies run out or the time is up. With several
/// targets (bot instances) worker w talks to target w mod n, so the load is split evenly across them, as a load
/// balancer with sticky connections would. Loopback only: the targets are processes this benchmark started.
/// </summary>
public static class LoadGenerator
{
    public static async Task<LoadResult> RunAsync(IReadOnlyList<Uri> targets, IReadOnlyList<byte[]> bodies, int connections, TimeSpan duration, CancellationToken ct)
    {
        if (targets.Any(t => !t.IsLoopback))
        {
            throw new ArgumentException("The load generator only talks to loopback addresses.", nameof(targets));
        }

        var clients = targets.Select(t => new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            UseProxy = false,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        })
        {
            BaseAddress = t,
            // Teams gives a bot 15 s; a request slower than that counts as failed rather than holding the run.
            Timeout = TimeSpan.FromSeconds(15),
        }).ToList();
        try
        {
            var latencies = new double[bodies.Count];
            var succeeded = new bool[bodies.Count];
            var sentAt = new bool[bodies.Count];
            var next = -1;
            var started = Stopwatch.GetTimestamp();
            var workers = Enumerable.Range(0, connections).Select(w => Task.Run(async () =>
            {
                var client = clients[w % clients.Count];
                while (!ct.IsCancellationRequested)
                {
                    var i = Interlocked.Increment(ref next);
                    if (i >= bodies.Count || Stopwatch.GetElapsedTime(started) >= duration)
                    {
                        return;
                    }

                    sentAt[i] = true;
                    var sent = Stopwatch.GetTimestamp();
                    try
                    {
                        using var content = new ByteArrayContent(bodies[i]);
                        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                        using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), content, ct);
                        // Read the (empty) body, so the connection is free for the next request.
                        await response.Content.ReadAsByteArrayAsync(ct);
                        succeeded[i] = response.IsSuccessStatusCode;
                    }
                    catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                    {
                        succeeded[i] = false;
                    }

                    latencies[i] = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
                }
            }, ct)).ToList();
            await Task.WhenAll(workers);
            var elapsed = Stopwatch.GetElapsedTime(started);

            var ok = Enumerable.Range(0, bodies.Count).Where(i => succeeded[i]).Select(i => latencies[i]).Order().ToList();
            return new LoadResult(ok.Count, sentAt.Count(s => s) - ok.Count, elapsed, ok);
        }
        finally
        {
            foreach (var client in clients)
            {
                client.Dispose();
            }
        }
    }
}
