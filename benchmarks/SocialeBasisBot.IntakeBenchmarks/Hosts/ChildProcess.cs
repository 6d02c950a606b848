using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace SocialeBasisBot.IntakeBenchmarks.Hosts;

/// <summary>
/// A bot (the real one or the bare one) running as its own process on a loopback port, ready once its /healthz
/// answers 200. Disposing kills the process (and only it: the one this benchmark started).
/// </summary>
public sealed class ChildProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly Queue<string> lastLines = new();
    private int warnings;
    private int errors;
    private string? lastProblem;

    private ChildProcess(string name, Process process, Uri baseAddress)
    {
        Name = name;
        this.process = process;
        BaseAddress = baseAddress;
    }

    public string Name { get; }

    public Uri BaseAddress { get; }

    /// <summary>The processor time the process has used so far.</summary>
    public TimeSpan ProcessorTime
    {
        get
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }
    }

    /// <summary>What the process logged at warning and error level since it was healthy (the console logger's "warn:"/"fail:" lines),
    /// with the last such line and the line after it (the message); null when it logged none.</summary>
    public string? Problems
    {
        get
        {
            lock (lastLines)
            {
                return warnings + errors == 0 ? null : $"{Name} logged {warnings} warnings and {errors} errors; the last: {lastProblem}";
            }
        }
    }

    /// <summary>Starts <c>dotnet exec (dll) (arguments) --urls http://127.0.0.1:(free port)</c> and waits until it is healthy.</summary>
    public static async Task<ChildProcess> StartAsync(string name, string dll, IEnumerable<string> arguments, TimeSpan startTimeout, CancellationToken ct)
    {
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"{name}: {dll} is not there; build it first (dotnet build -c Release).", dll);
        }

        var baseAddress = new Uri($"http://127.0.0.1:{FreePort()}/");
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add("exec");
        info.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add(baseAddress.ToString().TrimEnd('/'));
        // Production settings, whatever the shell that runs the benchmark has set.
        info.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        info.Environment.Remove("DOTNET_ENVIRONMENT");

        var process = Process.Start(info) ?? throw new InvalidOperationException($"{name} did not start.");
        var child = new ChildProcess(name, process, baseAddress);
        process.OutputDataReceived += (_, e) => child.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => child.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await child.WaitUntilHealthyAsync(startTimeout, ct);
            child.ForgetStartUpProblems();
        }
        catch
        {
            await child.DisposeAsync();
            throw;
        }

        return child;
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

    private static int FreePort()
    {
        // The port is free now; the child binds it a moment later. Good enough on a machine running a benchmark.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task WaitUntilHealthyAsync(TimeSpan timeout, CancellationToken ct)
    {
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < timeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{Name} stopped with exit code {process.ExitCode} while starting:\n{Output()}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("/healthz", UriKind.Relative), ct);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            // Polling a process we do not control: there is no event to wait on.
            await Task.Delay(TimeSpan.FromMilliseconds(100), TimeProvider.System, ct);
        }

        throw new TimeoutException($"{Name} was not healthy within {timeout.TotalSeconds:F0} s:\n{Output()}");
    }

    // EF Core logs a failed connection while the bot creates its fresh PostgreSQL database: part of starting, not of the run.
    private void ForgetStartUpProblems()
    {
        lock (lastLines)
        {
            (warnings, errors, lastProblem) = (0, 0, null);
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (lastLines)
        {
            if (lastLines.Count > 0 && lastLines.Last() is var previous && (previous.StartsWith("warn:", StringComparison.Ordinal) || previous.StartsWith("fail:", StringComparison.Ordinal)))
            {
                lastProblem = previous + " " + line.Trim();
            }

            warnings += line.StartsWith("warn:", StringComparison.Ordinal) ? 1 : 0;
            errors += line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal) ? 1 : 0;
            lastLines.Enqueue(line);
            if (lastLines.Count > 40)
            {
                lastLines.Dequeue();
            }
        }
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

    /// <summary>The last line the process wrote that contains <paramref name="text"/> (among its last 40), or null.</summary>
    public string? LastLineWith(string text)
    {
        lock (lastLines)
        {
            return lastLines.LastOrDefault(l => l.Contains(text, StringComparison.Ordinal))?.Trim();
        }
    }

    private string Output()
    {
        lock (lastLines)
        {
            return string.Join('\n', lastLines);
        }
    }
}
