using Microsoft.Extensions.DependencyInjection;
using SocialeBasisBot.Tests.Infrastructure;

namespace SocialeBasisBot.Tests.Storage;

/// <summary>
/// Two bot instances on one fresh PostgreSQL database, with one local Teams connector, both started (and migrated)
/// before the first message: the set-up every several-instance test shares. Nothing is started when no PostgreSQL
/// test server is configured (<see cref="SkipReason"/>).
/// </summary>
public sealed class TwoInstances : IAsyncLifetime
{
    private readonly PostgresBackend backend = new();
    private readonly IDictionary<string, string?>? extra;
    private readonly Action<IServiceCollection>? services;

    public TwoInstances(IDictionary<string, string?>? extra = null, Action<IServiceCollection>? services = null)
    {
        this.extra = extra;
        this.services = services;
    }

    public string? SkipReason => backend.SkipReason;

    public LocalTeamsConnector Connector { get; private set; } = null!;

    public BotHost First { get; private set; } = null!;

    public BotHost Second { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (SkipReason is not null)
        {
            return;
        }

        var settings = StorageBackend.Settings(backend.Provider, backend.NewDatabase());
        foreach (var (name, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[name] = value;
        }

        Connector = await LocalTeamsConnector.StartAsync();
        First = new BotHost("(PostgreSQL)", settings, services);
        Second = new BotHost("(PostgreSQL)", settings, services);
        First.Client().Dispose();
        Second.Client().Dispose();
    }

    public async Task DisposeAsync()
    {
        if (SkipReason is not null)
        {
            return;
        }

        await First.DisposeAsync();
        await Second.DisposeAsync();
        await Connector.DisposeAsync();
        await backend.DisposeAsync();
    }
}
