using SocialeBasisBot.Testing;

namespace SocialeBasisBot.IntakeBenchmarks.Hosts;

/// <summary>
/// A bot (the real one or the bare one) running as its own process on a loopback port (<see cref="ServiceProcess"/>,
/// shared with the deployment tests), ready once its /healthz answers 200; what it logged at warning and error level
/// is counted. Disposing kills the process (and only it: the one this benchmark started).
/// </summary>
public sealed class ChildProcess : IAsyncDisposable
{
    private readonly Lock gate = new();
    private ServiceProcess? service;
    private string? previousLine;
    private int warnings;
    private int errors;
    private string? lastProblem;

    private ChildProcess(string name, Uri baseAddress)
    {
        Name = name;
        BaseAddress = baseAddress;
    }

    public string Name { get; }

    public Uri BaseAddress { get; }

    /// <summary>The processor time the process has used so far.</summary>
    public TimeSpan ProcessorTime => Service.ProcessorTime;

    /// <summary>What the process logged at warning and error level since it was healthy (the console logger's "warn:"/"fail:" lines),
    /// with the last such line and the line after it (the message); null when it logged none.</summary>
    public string? Problems
    {
        get
        {
            lock (gate)
            {
                return warnings + errors == 0 ? null : $"{Name} logged {warnings} warnings and {errors} errors; the last: {lastProblem}";
            }
        }
    }

    private ServiceProcess Service => service ?? throw new InvalidOperationException($"{Name} has not started.");

    /// <summary>Starts <c>dotnet exec (dll) (arguments) --urls http://127.0.0.1:(free port)</c> and waits until it is healthy.</summary>
    public static async Task<ChildProcess> StartAsync(string name, string dll, IEnumerable<string> arguments, TimeSpan startTimeout, CancellationToken ct)
    {
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"{name}: {dll} is not there; build it first (dotnet build -c Release).", dll);
        }

        // The port is free now; the child binds it a moment later. Good enough on a machine running a benchmark.
        var child = new ChildProcess(name, new Uri($"http://127.0.0.1:{ServiceProcess.FreePort()}/"));
        child.service = ServiceProcess.Start(
            "dotnet",
            ["exec", dll, .. arguments, "--urls", child.BaseAddress.ToString().TrimEnd('/')],
            Path.GetDirectoryName(dll)!,
            // Production settings, whatever the shell that runs the benchmark has set.
            new Dictionary<string, string?> { ["ASPNETCORE_ENVIRONMENT"] = null, ["DOTNET_ENVIRONMENT"] = null },
            child.Count);
        try
        {
            using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(5) };
            await child.Service.WaitForHealthAsync(http, new Uri(child.BaseAddress, "/healthz"), startTimeout, untilSuccess: true, ct);
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
        if (service is not null)
        {
            await service.DisposeAsync();
        }
    }

    /// <inheritdoc cref="ServiceProcess.RunnableThreads"/>
    public int? RunnableThreads() => Service.RunnableThreads();

    /// <summary>The last line the process wrote that contains <paramref name="text"/> (among its last lines), or null.</summary>
    public string? LastLineWith(string text) =>
        Service.LastLines.LastOrDefault(l => l.Contains(text, StringComparison.Ordinal))?.Trim();

    /// <summary>The lines the process wrote that contain <paramref name="text"/> (among its last lines), oldest first.</summary>
    public IReadOnlyList<string> LinesWith(string text) =>
        [.. Service.LastLines.Where(l => l.Contains(text, StringComparison.Ordinal)).Select(l => l.Trim())];

    // EF Core logs a failed connection while the bot creates its fresh PostgreSQL database: part of starting, not of the run.
    private void ForgetStartUpProblems()
    {
        lock (gate)
        {
            (warnings, errors, lastProblem) = (0, 0, null);
        }
    }

    private void Count(string line)
    {
        lock (gate)
        {
            if (previousLine is { } previous && (previous.StartsWith("warn:", StringComparison.Ordinal) || previous.StartsWith("fail:", StringComparison.Ordinal)))
            {
                lastProblem = previous + " " + line.Trim();
            }

            warnings += line.StartsWith("warn:", StringComparison.Ordinal) ? 1 : 0;
            errors += line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal) ? 1 : 0;
            previousLine = line;
        }
    }
}
