using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SocialeBasisBot.EmulatorTests.Infrastructure;

/// <summary>
/// Microsoft 365 Agents Playground (Microsoft's Teams emulator) as a person starts it:
/// <c>agentsplayground -e &lt;bot&gt;/api/messages -c msteams</c> in tests/emulator, so it reads the test's
/// .m365agentsplayground.yml, on a free port, without opening a browser of its own and without telemetry. Its output
/// is kept for the failure message; the process tree is killed on dispose, however the test ended.
/// </summary>
public sealed partial class Playground : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly StringBuilder output = new();
    private readonly TaskCompletionSource<int> listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly string folder = Directory.CreateTempSubdirectory("sbb-emulator-").FullName;
    private readonly HttpClient http = new();
    private Process? process;

    public Uri Address { get; private set; } = new("http://localhost/");

    public static async Task<Playground> StartAsync(EmulatorInstallation installation, Uri botEndpoint)
    {
        var playground = new Playground();
        try
        {
            await playground.RunAsync(installation, botEndpoint);
            return playground;
        }
        catch
        {
            await playground.DisposeAsync();
            throw;
        }
    }

    private async Task RunAsync(EmulatorInstallation installation, Uri botEndpoint)
    {
        var start = new ProcessStartInfo(installation.Node)
        {
            WorkingDirectory = installation.Package,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var argument in new[]
        {
            installation.PlaygroundCli, "-e", botEndpoint.AbsoluteUri, "-c", "msteams", "-p", FreePort().ToString(), "--disable-telemetry",
        })
        {
            start.ArgumentList.Add(argument);
        }

        // Documented switches of the package: no browser of its own (the test opens the UI), its log file outside the
        // repository, and the config file named explicitly (it would also find it in its working folder).
        start.Environment["TEAMSAPPTESTER_BROWSER"] = "none";
        start.Environment["M365_AGENTS_PLAYGROUND_LOGFILE"] = Path.Combine(folder, "m365agentsplayground.log");
        start.Environment["M365_AGENTS_PLAYGROUND_CONFIG_PATH"] = installation.PlaygroundConfig;
        process = Process.Start(start) ?? throw new InvalidOperationException("node did not start. " + EmulatorInstallation.Hint);
        process.OutputDataReceived += (_, e) => Record(e.Data);
        process.ErrorDataReceived += (_, e) => Record(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException($"The emulator exited. {Output}"));

        // It says "Listening on <port>" (another port when the one asked for was taken meanwhile).
        int port;
        try
        {
            port = await listening.Task.WaitAsync(StartTimeout);
        }
        catch (TimeoutException)
        {
            throw new InvalidOperationException($"The emulator did not listen within {StartTimeout.TotalSeconds} s. {Output}");
        }

        Address = new Uri($"http://localhost:{port}/");
    }

    private void Record(string? line)
    {
        if (line is null)
            return;
        lock (output)
            output.AppendLine(line);
        var match = ListeningLine().Match(line);
        if (match.Success)
            listening.TrySetResult(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    public string Output
    {
        get
        {
            lock (output)
                return "Emulator output: " + output.ToString().Trim();
        }
    }

    /// <summary>The users, chats and channels the emulator loaded from the config file (what its UI lists).</summary>
    public async Task<JsonObject> ConfigAsync() =>
        (await http.GetFromJsonAsync<JsonObject>(new Uri(Address, "/_internal/v1/config")))!["config"]!.AsObject();

    /// <summary>
    /// A message from another user than the UI's own, through "Mock an Activity" › custom activity: the UI fetches the
    /// emulator's activity template for the conversation, the person edits it and the UI posts it. The emulator's
    /// compose box cannot do this: whatever user id it is given, it delivers every typed message as the current user.
    /// </summary>
    public async Task SendAsUserAsync(string conversationId, JsonObject user, string botId, string botName, string text)
    {
        var template = await http.GetFromJsonAsync<JsonObject>(
            new Uri(Address, "/_internal/v1/customActivities/template?conversationId=" + Uri.EscapeDataString(conversationId)));
        var mention = $"<at>{botName}</at>";
        template!["type"] = "message";
        template["text"] = $"{mention} {text}";
        template["textFormat"] = "plain";
        template["from"] = new JsonObject
        {
            ["id"] = user["id"]!.GetValue<string>(),
            ["name"] = user["name"]!.GetValue<string>(),
            ["aadObjectId"] = user["aadObjectId"]!.GetValue<string>(),
        };
        template["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["mentioned"] = new JsonObject { ["id"] = botId, ["name"] = botName },
            ["text"] = mention,
        });
        using var response = await http.PostAsJsonAsync(new Uri(Address, "/_internal/v1/customActivities"), template);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"custom activity: {(int)response.StatusCode}. {Output}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        http.Dispose();
        if (process is not null)
        {
            try
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                    using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                    await process.WaitForExitAsync(wait.Token);
                }
            }
            catch (InvalidOperationException)
            {
                // It exited between the check and the kill.
            }
            finally
            {
                process.Dispose();
            }
        }

        Directory.Delete(folder, recursive: true);
    }

    [GeneratedRegex(@"Listening on (\d+)")]
    private static partial Regex ListeningLine();
}
