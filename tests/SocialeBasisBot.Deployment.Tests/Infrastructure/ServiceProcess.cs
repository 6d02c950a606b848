using System.Diagnostics;
using System.Net;
using System.Text;

namespace SocialeBasisBot.Deployment.Tests.Infrastructure;

/// <summary>A long-running process started like a service; killed on dispose if the test did not stop it.</summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    private ServiceProcess(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Output
    {
        get
        {
            lock (output)
                return output.ToString();
        }
    }

    public static ServiceProcess Start(
        string fileName, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string?> environment)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            info.ArgumentList.Add(argument);
        foreach (var (name, value) in environment)
            info.Environment[name] = value;

        return new ServiceProcess(Process.Start(info) ?? throw new InvalidOperationException($"Could not start {fileName}."));
    }

    /// <summary>Polls until the endpoint answers or the process dies; the status code of the first answer.</summary>
    public async Task<HttpStatusCode> WaitForHealthAsync(HttpClient http, Uri uri, TimeSpan limit)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < limit)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"The service exited with code {process.ExitCode} before answering.\n{Output}");
            try
            {
                using var response = await http.GetAsync(uri);
                return response.StatusCode;
            }
            catch (HttpRequestException)
            {
                // A real process starting up takes real time; a fake clock cannot speed it up.
                await Task.Delay(TimeSpan.FromMilliseconds(250), TimeProvider.System);
            }
        }

        throw new TimeoutException($"No answer from {uri} within {limit}.\n{Output}");
    }

    /// <summary>Sends SIGTERM, as systemctl stop does, and returns the exit code.</summary>
    public async Task<int> StopWithSigtermAsync(TimeSpan limit)
    {
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            await kill.WaitForExitAsync();
        using var cts = new CancellationTokenSource(limit);
        await process.WaitForExitAsync(cts.Token);
        return process.ExitCode;
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

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (output)
            output.AppendLine(line);
    }
}
