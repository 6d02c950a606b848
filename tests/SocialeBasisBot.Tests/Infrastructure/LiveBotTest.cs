using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;

namespace SocialeBasisBot.Tests.Infrastructure;

/// <summary>
/// A test against the running bot: the real host on loopback Kestrel with its own SQLite file, and the local Teams
/// connector that records what the bot sends.
/// </summary>
public abstract class LiveBotTest : IAsyncLifetime
{
    protected string DatabasePath { get; } = Path.Combine(Path.GetTempPath(), $"sbb-{Guid.NewGuid():N}.db");

    protected LocalTeamsConnector Connector { get; private set; } = null!;

    protected BotHost Host { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        Connector = await LocalTeamsConnector.StartAsync();
        Host = new BotHost(DatabasePath);
    }

    public virtual async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Connector.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(DatabasePath) + "*"))
        {
            File.Delete(file);
        }
    }

    protected TeamsChat NewGroupChat() => new(Connector.ServiceUrl, $"19:{Guid.NewGuid():N}@thread.v2");

    /// <summary>Stops the host and starts a new one over the same database, as after a crash or a deploy.</summary>
    protected async Task RestartAsync(Action<IServiceCollection>? services = null, IDictionary<string, string?>? extra = null)
    {
        await Host.DisposeAsync();
        Host = new BotHost(DatabasePath, extra, services);
    }

    protected Task SendAsync(JsonObject activity) => Host.SendAsync(activity);

    protected Task<ConnectorCall> AdvanceToAsync(TeamsChat chat, TeamsUser facilitator, string itemId) =>
        Host.AdvanceToAsync(Connector, chat, facilitator, itemId);
}
