using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;

namespace SocialeBasisBot.Tests.Infrastructure;

/// <summary>
/// A test against the running bot: the real host on loopback Kestrel with its own SQLite file, and a fake Teams
/// connector that records what the bot sends.
/// </summary>
public abstract class LiveBotTest : IAsyncLifetime
{
    protected string DatabasePath { get; } = Path.Combine(Path.GetTempPath(), $"sbb-{Guid.NewGuid():N}.db");

    protected FakeTeamsConnector Connector { get; private set; } = null!;

    protected BotHost Host { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        Connector = await FakeTeamsConnector.StartAsync();
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

    /// <summary>Posts an activity to /api/messages and expects Teams' "accepted".</summary>
    protected async Task SendAsync(JsonObject activity)
    {
        using var response = await Host.PostActivityAsync(activity.ToJsonString());
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Accepted, $"{activity["type"]}: {(int)response.StatusCode}");
    }

    /// <summary>Says `volgende` until the card of <paramref name="itemId"/> has been posted, and returns that post.</summary>
    protected async Task<ConnectorCall> AdvanceToAsync(TeamsChat chat, TeamsUser facilitator, string itemId)
    {
        for (var step = 0; step < 30; step++)
        {
            var card = Connector.Posts.LastOrDefault(p => p.SubmitData?["item"]?.GetValue<string>() == itemId);
            if (card is not null)
            {
                return card;
            }

            await SendAsync(chat.Mention(facilitator, "volgende"));
        }

        throw new InvalidOperationException($"Item {itemId} was never posted.");
    }
}
