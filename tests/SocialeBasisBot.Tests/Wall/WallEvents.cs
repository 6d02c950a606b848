using System.Text.Json;

namespace SocialeBasisBot.Tests.Wall;

/// <summary>
/// Reads a wall's server-sent events as a browser's EventSource would: "event:" and "data:" lines, a blank line
/// ends an event. Keeps every event it read, so a test can check the whole stream for names.
/// </summary>
public sealed class WallEvents(StreamReader reader) : IDisposable
{
    public List<(string Event, string Data)> Events { get; } = [];

    /// <summary>The HTML of the next "wall" event that satisfies <paramref name="wanted"/>; fails after <paramref name="timeout"/>.</summary>
    public async Task<string> NextAsync(Func<string, bool> wanted, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        string? name = null;
        var data = new List<string>();
        while (true)
        {
            string? line;
            try
            {
                line = await reader.ReadLineAsync(cancel.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"No wall event as wanted within {timeout.TotalSeconds} s; last: {Events.LastOrDefault().Data}");
            }

            if (line is null)
                throw new InvalidOperationException("The event stream ended.");
            if (line.StartsWith("event:", StringComparison.Ordinal))
                name = line[6..].Trim();
            else if (line.StartsWith("data:", StringComparison.Ordinal))
                data.Add(line[5..].TrimStart());
            else if (line.Length == 0 && (name is not null || data.Count > 0))
            {
                var text = string.Join("\n", data);
                Events.Add((name ?? "message", text));
                var isWall = name == "wall";
                name = null;
                data.Clear();
                if (isWall && JsonDocument.Parse(text).RootElement.GetProperty("html").GetString() is { } html && wanted(html))
                    return html;
            }
        }
    }

    public void Dispose() => reader.Dispose();
}
