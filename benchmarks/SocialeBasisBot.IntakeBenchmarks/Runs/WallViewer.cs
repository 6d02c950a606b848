using System.Globalization;
using System.Text.RegularExpressions;

namespace SocialeBasisBot.IntakeBenchmarks.Runs;

/// <summary>
/// A browser with the session's theme wall open (`--wall`): reads the wall's server-sent events while the answers
/// come in, so the bot refreshes the wall and re-themes the open question during the measured load, as in a webinar
/// with the wall on the shared screen.
/// </summary>
public sealed partial class WallViewer : IAsyncDisposable
{
    private readonly HttpClient http = new(new SocketsHttpHandler { UseProxy = false }) { Timeout = Timeout.InfiniteTimeSpan };
    private readonly CancellationTokenSource stop = new();
    private Task reading = Task.CompletedTask;
    private int updates;
    private int themed;
    private int lastAnswers;

    /// <summary>Wall updates received so far.</summary>
    public int Updates => Volatile.Read(ref updates);

    /// <summary>Updates that carried themes (provisional or final).</summary>
    public int Themed => Volatile.Read(ref themed);

    /// <summary>The answer count the latest update showed.</summary>
    public int LastAnswers => Volatile.Read(ref lastAnswers);

    public static async Task<WallViewer> OpenAsync(Uri wallLink, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(wallLink);
        var viewer = new WallViewer();
        var events = new Uri(wallLink.GetLeftPart(UriPartial.Path) + "/events" + wallLink.Query);
        var response = await viewer.http.GetAsync(events, HttpCompletionOption.ResponseHeadersRead, ct);
        response.EnsureSuccessStatusCode();
        viewer.reading = viewer.ReadAsync(response, viewer.stop.Token);
        return viewer;
    }

    private async Task ReadAsync(HttpResponseMessage response, CancellationToken ct)
    {
        using (response)
        {
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(ct));
            try
            {
                while (await reader.ReadLineAsync(ct) is { } line)
                {
                    if (!line.StartsWith("data:", StringComparison.Ordinal) || line.Length < 10)
                        continue;
                    Interlocked.Increment(ref updates);
                    if (line.Contains("theme-chart-set", StringComparison.Ordinal))
                        Interlocked.Increment(ref themed);
                    if (AnswerCount().Match(line) is { Success: true } match)
                        Volatile.Write(ref lastAnswers, int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture));
                }
            }
            catch (OperationCanceledException)
            {
                // Closed by DisposeAsync.
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await reading;
        stop.Dispose();
        http.Dispose();
    }

    // The wall's HTML travels JSON-encoded: data-answers=\u0022N\u0022 (or data-answers=\"N\").
    [GeneratedRegex(@"data-answers=(?:\\u0022|\\"")(\d+)")]
    private static partial Regex AnswerCount();
}
