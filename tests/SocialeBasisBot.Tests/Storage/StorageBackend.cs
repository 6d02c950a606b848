using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SocialeBasisBot.Storage;

namespace SocialeBasisBot.Tests.Storage;

/// <summary>
/// One storage provider under test, wired exactly as the bot wires it (AddStorage plus its DatabaseInitializer).
/// As a class fixture it gives the test class its own fresh database, removed afterwards.
/// </summary>
public abstract class StorageBackend : IAsyncLifetime
{
    private readonly List<ServiceProvider> providers = [];
    private ServiceProvider? shared;

    /// <summary>The value of Storage:Provider.</summary>
    public abstract string Provider { get; }

    /// <summary>Part of EF Core's provider name, to prove the tests really ran on this provider.</summary>
    public abstract string ProviderNameFragment { get; }

    /// <summary>Why this provider cannot run here, or null when it can.</summary>
    public abstract string? SkipReason { get; }

    public SessionStore Store => Shared.GetRequiredService<SessionStore>();

    public TurnStore Turns => Shared.GetRequiredService<TurnStore>();

    public IDbContextFactory<SocialeBasisDbContext> Contexts => Shared.GetRequiredService<IDbContextFactory<SocialeBasisDbContext>>();

    private ServiceProvider Shared => shared ?? throw new InvalidOperationException($"{Provider} storage was not started: {SkipReason}");

    /// <summary>A connection string to a database that does not exist yet; it is removed when the fixture is disposed.</summary>
    public abstract string NewDatabase();

    /// <summary>The SQL that makes this provider's schema as the bot made it before migrations, with a few rows.</summary>
    public string SchemaBeforeMigrations => File.ReadAllText(Path.Combine(
        RepositoryPaths.Root, "tests", "SocialeBasisBot.Tests", "Storage", "MainSchema", $"{Provider.ToLowerInvariant()}.sql"));

    /// <summary>Creates the database of <paramref name="connectionString"/> and runs <paramref name="sql"/> in it.</summary>
    public abstract Task CreateDatabaseAsync(string connectionString, string sql);

    public static Dictionary<string, string?> Settings(string provider, string connectionString) => new()
    {
        [$"{StorageOptions.Section}:Provider"] = provider,
        [$"ConnectionStrings:{StorageServiceCollectionExtensions.ConnectionStringName}"] = connectionString,
    };

    /// <summary>Builds the storage services for a database and runs the start-up work the host would run.</summary>
    public async Task<ServiceProvider> StartStorageAsync(string connectionString, TimeProvider? time = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Settings(Provider, connectionString)).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton(time ?? TimeProvider.System)
            .AddLogging()
            .AddStorage();
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        providers.Add(provider);
        foreach (var hosted in provider.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        return provider;
    }

    public async Task InitializeAsync()
    {
        if (SkipReason is null)
        {
            shared = await StartStorageAsync(NewDatabase());
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var provider in providers)
        {
            await provider.DisposeAsync();
        }

        await RemoveDatabasesAsync();
    }

    protected abstract Task RemoveDatabasesAsync();
}
