using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace SocialeBasisBot.Testing;

/// <summary>
/// A long-running program started as its own process, as a service manager starts it: the published bot in the
/// deployment tests, the bots the intake benchmark measures. Its output is kept (the last lines); disposing kills it
/// and its children if it is still running (only the process this started).
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private const int KeptLines = 400;
    private readonly Process process;
    private readonly Queue<string> lines = new();
    private readonly Action<string>? onLine;

    private ServiceProcess(Process process, Action<string>? onLine)
    {
        this.process = process;
        this.onLine = onLine;
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>The last lines the process wrote (standard output and error), oldest first.</summary>
    public string Output => string.Join('\n', LastLines);

    public IReadOnlyList<string> LastLines
    {
        get
        {
            lock (lines)
            {
                return [.. lines];
            }
        }
    }

    public bool HasExited => process.HasExited;

    public int ExitCode => process.ExitCode;

    /// <summary>The processor time the process has used so far.</summary>
    public TimeSpan ProcessorTime
    {
        get
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }
    }

    /// <param name="environment">Variables to set; a null value removes one the caller's environment has.</param>
    /// <param name="onLine">Called with each line the process writes, as it comes.</param>
    public static ServiceProcess Start(
        string fileName, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string?> environment,
        Action<string>? onLine = null)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(environment);
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            if (value is null)
            {
                info.Environment.Remove(name);
            }
            else
            {
                info.Environment[name] = value;
            }
        }

        return new ServiceProcess(Process.Start(info) ?? throw new InvalidOperationException($"Could not start {fileName}."), onLine);
    }

    /// <summary>A loopback port that is free now (the process binds it a moment later).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>
    /// Polls until the endpoint answers (with <paramref name="untilSuccess"/>: answers 2xx) or the process dies; the
    /// status code of that answer.
    /// </summary>
    public async Task<HttpStatusCode> WaitForHealthAsync(
        HttpClient http, Uri uri, TimeSpan limit, bool untilSuccess = false, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(http);
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < limit)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The process exited with code {process.ExitCode} before answering.\n{Output}");
            }

            try
            {
                using var response = await http.GetAsync(uri, ct);
                if (!untilSuccess || response.IsSuccessStatusCode)
                {
                    return response.StatusCode;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            // A real process starting up takes real time; there is no event to wait on and a fake clock cannot speed it up.
            await Task.Delay(TimeSpan.FromMilliseconds(100), TimeProvider.System, ct);
        }

        throw new TimeoutException($"No answer from {uri} within {limit}.\n{Output}");
    }

    /// <summary>Sends SIGTERM, as systemctl stop does, and returns the exit code.</summary>
    public async Task<int> StopWithSigtermAsync(TimeSpan limit)
    {
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var cts = new CancellationTokenSource(limit);
        await process.WaitForExitAsync(cts.Token);
        return process.ExitCode;
    }

    /// <summary>
    /// How many of the process's threads are running or waiting for a core right now (state R in /proc); null where
    /// there is no /proc. Unlike processor time, a process starved by a busy machine still shows its waiting work here.
    /// </summary>
    public int? RunnableThreads()
    {
        var tasks = $"/proc/{process.Id}/task";
        if (!Directory.Exists(tasks))
        {
            return null;
        }

        var runnable = 0;
        foreach (var task in Directory.EnumerateDirectories(tasks))
        {
            try
            {
                // "pid (name) S …": the state follows the closing parenthesis of the name.
                var stat = File.ReadAllText(Path.Combine(task, "stat"));
                var state = stat[(stat.LastIndexOf(')') + 2)..];
                runnable += state.StartsWith('R') ? 1 : 0;
            }
            catch (IOException)
            {
                // The thread ended while being read.
            }
        }

        return runnable;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (lines)
        {
            lines.Enqueue(line);
            if (lines.Count > KeptLines)
            {
                lines.Dequeue();
            }
        }

        onLine?.Invoke(line);
    }
}
