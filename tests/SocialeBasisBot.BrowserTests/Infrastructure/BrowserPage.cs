using System.Text.Json;
using System.Text.Json.Nodes;

namespace SocialeBasisBot.BrowserTests.Infrastructure;

/// <summary>One page of the shared browser, in its own browser context (own viewport, own request log).</summary>
public sealed class BrowserPage(Browser browser, int id) : IAsyncDisposable
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    /// <summary>Evaluates a JavaScript expression in the page (awaiting a promise) and returns its JSON value.</summary>
    public async Task<JsonNode?> EvalAsync(string expression) =>
        await browser.SendAsync(new JsonObject { ["cmd"] = "eval", ["page"] = id, ["expression"] = expression });

    public async Task<T> EvalAsync<T>(string expression) =>
        (await EvalAsync(expression)).Deserialize<T>(Web) ?? throw new InvalidOperationException($"'{expression}' returned null.");

    public Task SetWidthAsync(int width, int height = 800) =>
        browser.SendAsync(new JsonObject { ["cmd"] = "viewport", ["page"] = id, ["width"] = width, ["height"] = height });

    /// <summary>Saves a PNG into the screenshots folder of the test output and returns its path.</summary>
    public async Task<string> ScreenshotAsync(string name, string? selector = null)
    {
        var path = Path.Combine(ScreenshotFolder.Path, name + ".png");
        var command = new JsonObject { ["cmd"] = "screenshot", ["page"] = id, ["path"] = path, ["fullPage"] = true };
        if (selector is not null)
            command["selector"] = selector;
        await browser.SendAsync(command);
        return path;
    }

    /// <summary>Everything the page did that a test may object to: requests, dialogs, console, errors.</summary>
    public async Task<PageEvents> EventsAsync(bool clear = false) =>
        (await browser.SendAsync(new JsonObject { ["cmd"] = "events", ["page"] = id, ["clear"] = clear })).Deserialize<PageEvents>(Web)!;

    /// <summary>axe-core's violations on the page as it is now.</summary>
    public async Task<IReadOnlyList<AxeViolation>> AxeAsync() =>
        (await browser.SendAsync(new JsonObject { ["cmd"] = "axe", ["page"] = id })).Deserialize<List<AxeViolation>>(Web)!;

    /// <summary>
    /// Waits in the page (at most <paramref name="timeout"/>) until <paramref name="condition"/>, a JavaScript
    /// expression, is true; returns whether it became true. A bounded wait on the page's own changes, not a timing.
    /// </summary>
    public async Task<bool> WaitForAsync(string condition, TimeSpan timeout) =>
        await EvalAsync<bool>($$"""
            new Promise((resolve) => {
              const test = () => { try { return !!({{condition}}); } catch { return false; } };
              if (test()) { resolve(true); return; }
              const observer = new MutationObserver(() => { if (test()) { observer.disconnect(); clearTimeout(timer); resolve(true); } });
              observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
              const timer = setTimeout(() => { observer.disconnect(); resolve(test()); }, {{(int)timeout.TotalMilliseconds}});
            })
            """);

    public async ValueTask DisposeAsync() =>
        await browser.SendAsync(new JsonObject { ["cmd"] = "close", ["page"] = id });
}
