using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SocialeBasisBot.BrowserTests.Infrastructure;

/// <summary>
/// One headless Chromium for the whole test collection, driven by tests/browser/driver.mjs (playwright-core) over
/// stdin/stdout, one JSON command and one JSON reply per line. Starting a browser costs a second or two, so the tests
/// share it; each test opens its own page.
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(30);
    private readonly SemaphoreSlim oneAtATime = new(1, 1);
    private readonly StringBuilder stderr = new();
    private Process? driver;
    private int nextId;
    private CardPage? cards;

    public string Version { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var installation = BrowserInstallation.Default;
        installation.EnsureInstalled();
        var start = new ProcessStartInfo(installation.Node, ["driver.mjs"])
        {
            WorkingDirectory = installation.Package,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardInputEncoding = new UTF8Encoding(false),
        };
        start.Environment["SBB_CHROMIUM"] = installation.Chromium;
        driver = Process.Start(start) ?? throw new InvalidOperationException("node did not start. " + BrowserInstallation.Hint);
        driver.ErrorDataReceived += (_, e) =>
        {
            lock (stderr)
                stderr.AppendLine(e.Data);
        };
        driver.BeginErrorReadLine();
        var ready = await ReadReplyAsync(0);
        Version = ready!["version"]!.GetValue<string>();
    }

    public async Task<BrowserPage> OpenAsync(string path, int width, int height = 800)
    {
        var result = await SendAsync(new JsonObject { ["cmd"] = "open", ["url"] = new Uri(path).AbsoluteUri, ["width"] = width, ["height"] = height });
        return new BrowserPage(this, result!["page"]!.GetValue<int>());
    }

    /// <summary>Opens a page of the bot under test; only its (loopback) origin is reachable, everything else is blocked.</summary>
    public async Task<BrowserPage> OpenUrlAsync(Uri url, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(url);
        var origin = url.GetLeftPart(UriPartial.Authority);
        var result = await SendAsync(new JsonObject
        {
            ["cmd"] = "open", ["url"] = url.AbsoluteUri, ["width"] = width, ["height"] = height, ["allow"] = new JsonArray(origin),
        });
        return new BrowserPage(this, result!["page"]!.GetValue<int>());
    }

    /// <summary>The one card page of the run: loading the renderer costs more than rendering a card, so cards share it.</summary>
    public async Task<CardPage> CardsAsync() => cards ??= await CardPage.OpenAsync(this);

    internal async Task<JsonNode?> SendAsync(JsonObject command)
    {
        await oneAtATime.WaitAsync();
        try
        {
            var id = ++nextId;
            command["id"] = id;
            await driver!.StandardInput.WriteLineAsync(command.ToJsonString());
            await driver.StandardInput.FlushAsync();
            return await ReadReplyAsync(id);
        }
        finally
        {
            oneAtATime.Release();
        }
    }

    private async Task<JsonNode?> ReadReplyAsync(int id)
    {
        using var timeout = new CancellationTokenSource(CommandTimeout);
        string? line;
        try
        {
            line = await driver!.StandardOutput.ReadLineAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new InvalidOperationException($"The browser driver did not answer within {CommandTimeout.TotalSeconds} s. {Diagnostics()}");
        }

        if (line is null)
            throw new InvalidOperationException($"The browser driver stopped. {Diagnostics()} {BrowserInstallation.Hint}");
        var reply = JsonNode.Parse(line)!.AsObject();
        if (reply["id"]!.GetValue<int>() != id)
            throw new InvalidOperationException($"The browser driver answered command {reply["id"]} instead of {id}.");
        if (!reply["ok"]!.GetValue<bool>())
        {
            var error = reply["error"]!.GetValue<string>();
            throw new InvalidOperationException(id == 0 ? $"{error} {BrowserInstallation.Hint}" : error);
        }

        return reply["result"];
    }

    private string Diagnostics()
    {
        lock (stderr)
            return stderr.Length == 0 ? "" : "Driver said: " + stderr.ToString().Trim();
    }

    public async Task DisposeAsync()
    {
        if (driver is null)
            return;
        try
        {
            if (!driver.HasExited)
            {
                await driver.StandardInput.WriteLineAsync(JsonSerializer.Serialize(new { cmd = "quit" }));
                await driver.StandardInput.FlushAsync();
                driver.StandardInput.Close();
                using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                await driver.WaitForExitAsync(wait.Token);
            }
        }
        catch (OperationCanceledException)
        {
            driver.Kill(entireProcessTree: true);
        }
        finally
        {
            driver.Dispose();
            oneAtATime.Dispose();
        }
    }
}
