using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;

namespace SocialeBasisBot.Testing;

/// <summary>
/// A Node.js script that a test drives with one JSON command per line on stdin and reads one JSON reply per line on
/// stdout (<c>{id, ok, result}</c> or <c>{id, ok: false, error}</c>); what it writes to stderr is kept for the failure
/// message. Closing stdin asks the script to end (and close its browser); one that does not is killed with its
/// children. The playwright drivers of the browser and emulator tests speak this.
/// </summary>
public sealed class NodeDriver : IAsyncDisposable
{
    private readonly StringBuilder stderr = new();
    private readonly SemaphoreSlim oneAtATime = new(1, 1);
    private readonly Process process;
    private readonly string hint;
    private int nextId;

    private NodeDriver(Process process, string hint)
    {
        this.process = process;
        this.hint = hint;
    }

    /// <summary>
    /// Starts <c>node script</c> in <paramref name="workingDirectory"/>; <paramref name="hint"/> says how to install
    /// what is missing when it cannot start or stops.
    /// </summary>
    public static NodeDriver Start(string script, string workingDirectory, IReadOnlyDictionary<string, string> environment, string hint)
    {
        var start = new ProcessStartInfo(FindOnPath("node") ?? "node", [script])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardInputEncoding = new UTF8Encoding(false),
        };
        foreach (var (name, value) in environment)
            start.Environment[name] = value;
        var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start. " + hint);
        var driver = new NodeDriver(process, hint);
        process.ErrorDataReceived += (_, e) =>
        {
            lock (driver.stderr)
                driver.stderr.AppendLine(e.Data);
        };
        process.BeginErrorReadLine();
        return driver;
    }

    /// <summary>The first executable called <paramref name="name"/> on PATH, or null.</summary>
    public static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);

    /// <summary>Sends a command and returns its result; throws with the driver's error, or when no reply comes within <paramref name="timeout"/>.</summary>
    public async Task<JsonNode?> SendAsync(JsonObject command, TimeSpan timeout)
    {
        await oneAtATime.WaitAsync();
        try
        {
            var id = ++nextId;
            command["id"] = id;
            await process.StandardInput.WriteLineAsync(command.ToJsonString());
            await process.StandardInput.FlushAsync();
            return await ReadReplyAsync(id, command["cmd"]?.ToString() ?? "", timeout);
        }
        finally
        {
            oneAtATime.Release();
        }
    }

    /// <summary>Reads a reply the script sends unasked, with id 0 (its "ready" line), within <paramref name="timeout"/>.</summary>
    public Task<JsonNode?> ReadGreetingAsync(TimeSpan timeout) => ReadReplyAsync(0, "start", timeout);

    private async Task<JsonNode?> ReadReplyAsync(int id, string what, TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        string? line;
        try
        {
            line = await process.StandardOutput.ReadLineAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            throw new InvalidOperationException($"The driver did not answer {what} within {timeout.TotalSeconds} s. {Diagnostics()}");
        }

        if (line is null)
            throw new InvalidOperationException($"The driver stopped. {Diagnostics()} {hint}");
        var reply = JsonNode.Parse(line)!.AsObject();
        if (reply["id"]?.GetValue<int>() != id)
            throw new InvalidOperationException($"The driver answered command {reply["id"]} instead of {id}.");
        if (!reply["ok"]!.GetValue<bool>())
        {
            var error = reply["error"]!.GetValue<string>();
            throw new InvalidOperationException(id == 0 ? $"{error} {hint}" : $"{what}: {error}");
        }

        return reply["result"];
    }

    private string Diagnostics()
    {
        lock (stderr)
            return stderr.Length == 0 ? "" : "Driver said: " + stderr.ToString().Trim();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited)
            {
                process.StandardInput.Close();
                using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                await process.WaitForExitAsync(wait.Token);
            }
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
        }
        finally
        {
            process.Dispose();
            oneAtATime.Dispose();
        }
    }
}
