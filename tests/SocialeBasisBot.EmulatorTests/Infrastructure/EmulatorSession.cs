using System.Text.Json.Nodes;

namespace SocialeBasisBot.EmulatorTests.Infrastructure;

/// <summary>
/// The whole set-up a person uses to try the bot in Microsoft's emulator: the bot, the emulator pointed at it and the
/// emulator's UI in a browser. One per test class; everything is stopped in reverse order however the tests ended.
/// </summary>
public sealed class EmulatorSession : IAsyncLifetime
{
    private BotServer? bot;
    private Playground? playground;
    private PlaygroundUi? ui;

    public Playground Emulator => playground ?? throw new InvalidOperationException("not started");

    public PlaygroundUi Ui => ui ?? throw new InvalidOperationException("not started");

    /// <summary>The emulator's config as it loaded it: the bot, the current user (who types in the UI) and the others.</summary>
    public JsonObject Config { get; private set; } = [];

    public string BotId => Config["bot"]!["id"]!.GetValue<string>();

    public string BotName => Config["bot"]!["name"]!.GetValue<string>();

    /// <summary>The users other than the one typing in the UI: the participants.</summary>
    public IReadOnlyList<JsonObject> Participants => Config["users"]!.AsArray().Select(u => u!.AsObject()).ToList();

    public static string Screenshots { get; } =
        Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    public async Task InitializeAsync()
    {
        var installation = EmulatorInstallation.Default;
        installation.EnsureInstalled();
        try
        {
            bot = new BotServer();
            playground = await Playground.StartAsync(installation, bot.MessagesEndpoint);
            Config = await playground.ConfigAsync();
            ui = await PlaygroundUi.OpenAsync(installation, playground.Address, BotName);
        }
        catch
        {
            // Whatever started is stopped here: a fixture that failed to start is not disposed by xunit.
            await DisposeAsync();
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        var errors = new List<Exception>();
        foreach (var part in new IAsyncDisposable?[] { ui, playground, bot })
        {
            try
            {
                if (part is not null)
                    await part.DisposeAsync();
            }
            catch (Exception e) when (e is IOException or InvalidOperationException or UnauthorizedAccessException)
            {
                errors.Add(e);
            }
        }

        if (errors.Count > 0)
            throw new AggregateException("Stopping the emulator set-up failed.", errors);
    }
}
