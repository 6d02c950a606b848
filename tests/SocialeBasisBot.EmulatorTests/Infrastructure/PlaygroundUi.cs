using System.Text.Json.Nodes;

namespace SocialeBasisBot.EmulatorTests.Infrastructure;

/// <summary>
/// The emulator's UI in Debian's headless Chromium, as its current user sees and types it, through
/// tests/emulator/driver.mjs (playwright-core): one JSON command per line on stdin, one reply per line on stdout.
/// Every wait is bounded and waits on text appearing in the page; closing stdin ends the browser.
/// </summary>
public sealed class PlaygroundUi : IAsyncDisposable
{
    // The driver bounds its own waits; the margin only catches a driver that hangs.
    private static readonly TimeSpan CommandMargin = TimeSpan.FromSeconds(30);
    private readonly NodeDriver driver;

    private PlaygroundUi(NodeDriver driver, string botName)
    {
        this.driver = driver;
        BotName = botName;
    }

    /// <summary>The bot's display name, which the UI offers after "@".</summary>
    public string BotName { get; }

    public static async Task<PlaygroundUi> OpenAsync(EmulatorInstallation installation, Uri address, string botName)
    {
        var driver = NodeDriver.Start(
            installation.Driver,
            installation.Package,
            new Dictionary<string, string> { ["SBB_CHROMIUM"] = installation.Chromium },
            EmulatorInstallation.Hint);
        var ui = new PlaygroundUi(driver, botName);
        try
        {
            await ui.SendAsync(new JsonObject { ["cmd"] = "start", ["url"] = address.AbsoluteUri }, TimeSpan.FromSeconds(60));
            return ui;
        }
        catch
        {
            await ui.DisposeAsync();
            throw;
        }
    }

    /// <summary>Opens a chat or channel by the name the emulator lists it under.</summary>
    public Task OpenChatAsync(string name) => SendAsync(new JsonObject { ["cmd"] = "open", ["name"] = name }, TimeSpan.FromSeconds(10));

    /// <summary>
    /// Types "@bot text" and sends it: in the open chat, as a new post in the open channel, or as a reply in the
    /// channel thread whose first post holds <see cref="Compose.Thread"/>. Returns the conversation the UI posted to
    /// (for a new channel post: the post's thread).
    /// </summary>
    public async Task<string> SayAsync(string text, Compose? where = null)
    {
        var command = new JsonObject { ["cmd"] = "say", ["bot"] = BotName, ["text"] = text };
        if (where?.NewPost == true)
            command["where"] = new JsonObject { ["newPost"] = true };
        else if (where?.Thread is { } thread)
            command["where"] = new JsonObject { ["thread"] = thread };
        var posted = await SendAsync(command, TimeSpan.FromSeconds(10));
        Assert.True(posted!["status"]!.GetValue<int>() == 200, $"the emulator answered {posted["status"]} to \"{text}\"");
        var url = posted["url"]!.GetValue<string>();
        var conversation = Uri.UnescapeDataString(url.Split("/conversations/", 2)[1].Split("/messages", 2)[0]);
        return posted["response"]?["postConversationId"]?.GetValue<string>() ?? conversation;
    }

    /// <summary>
    /// Types <paramref name="text"/> into the last card showing <paramref name="title"/> and presses
    /// <paramref name="button"/> (Action.Execute: the UI sends it to the emulator's invoke route); returns that route's status.
    /// </summary>
    public async Task<int> AnswerInCardAsync(string title, string text, string button)
    {
        var sent = await SendAsync(new JsonObject { ["cmd"] = "cardAnswer", ["title"] = title, ["text"] = text, ["button"] = button }, TimeSpan.FromSeconds(10));
        return sent!["status"]!.GetValue<int>();
    }

    /// <summary>How often <paramref name="text"/> is in the open chat (or, with <paramref name="wholePage"/>, anywhere, the log panel included).</summary>
    public async Task<int> CountAsync(string text, bool wholePage = false)
    {
        var counts = await SendAsync(
            new JsonObject { ["cmd"] = "count", ["texts"] = new JsonArray(text), ["scope"] = wholePage ? "page" : "chat" }, TimeSpan.FromSeconds(10));
        return counts![0]!.GetValue<int>();
    }

    /// <summary>
    /// Waits (at most <paramref name="timeout"/>) until every text (with <paramref name="any"/>: one of them) is in the
    /// open chat, or with <paramref name="wholePage"/> anywhere in the page, at least <paramref name="count"/> times;
    /// returns the chat's text.
    /// </summary>
    public async Task<string> WaitForAsync(IEnumerable<string> texts, int count = 1, TimeSpan? timeout = null, bool wholePage = false, bool any = false)
    {
        var limit = timeout ?? TimeSpan.FromSeconds(30);
        var command = new JsonObject
        {
            ["cmd"] = "waitFor",
            ["texts"] = new JsonArray(texts.Select(t => (JsonNode)JsonValue.Create(t)!).ToArray()),
            ["count"] = count,
            ["scope"] = wholePage ? "page" : "chat",
            ["any"] = any,
            ["timeout"] = (int)limit.TotalMilliseconds,
        };
        return (await SendAsync(command, limit))!.GetValue<string>();
    }

    public Task<string> WaitForAsync(string text, int count = 1) => WaitForAsync([text], count);

    public async Task<string> TextAsync() => (await SendAsync(new JsonObject { ["cmd"] = "text" }, TimeSpan.FromSeconds(10)))!.GetValue<string>();

    /// <summary>Requests from the page that were refused because they left the emulator's address (its CDN fonts), and script errors.</summary>
    public async Task<JsonObject> LogAsync() => (await SendAsync(new JsonObject { ["cmd"] = "log" }, TimeSpan.FromSeconds(10)))!.AsObject();

    public Task ScreenshotAsync(string path) => SendAsync(new JsonObject { ["cmd"] = "screenshot", ["path"] = path }, TimeSpan.FromSeconds(20));

    private Task<JsonNode?> SendAsync(JsonObject command, TimeSpan wait) => driver.SendAsync(command, wait + CommandMargin);

    public ValueTask DisposeAsync() => driver.DisposeAsync();
}
