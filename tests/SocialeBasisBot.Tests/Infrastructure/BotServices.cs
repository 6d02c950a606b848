using Microsoft.Bot.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SocialeBasisBot.Hosting;
using SocialeBasisBot.Storage;

namespace SocialeBasisBot.Tests.Infrastructure;

/// <summary>The bot's real services (programmes, SQLite storage, sessions, Teams edge) without the web host,
/// for conversations driven through Bot Framework's TestAdapter.</summary>
public sealed class BotServices : IAsyncDisposable
{
    private readonly string databasePath = Path.Combine(Path.GetTempPath(), $"sbb-flow-{Guid.NewGuid():N}.db");
    private readonly ServiceProvider provider;

    private BotServices(IDictionary<string, string?>? extra)
    {
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:SocialeBasisBot"] = $"Data Source={databasePath}",
            ["Programmes:Folder"] = RepositoryPaths.Dialogs,
            ["Programmes:Default"] = "sociale-basis",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging();
        services.AddSocialeBasisBot(configuration);
        provider = services.BuildServiceProvider();
    }

    public IBot Bot => provider.GetRequiredService<IBot>();

    public SessionStore Store => provider.GetRequiredService<SessionStore>();

    public static async Task<BotServices> StartAsync(IDictionary<string, string?>? extra = null)
    {
        var services = new BotServices(extra);
        await services.provider.GetRequiredService<IEnumerable<IHostedService>>().OfType<DatabaseInitializer>().Single()
            .StartAsync(CancellationToken.None);
        return services;
    }

    public async ValueTask DisposeAsync()
    {
        await provider.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(databasePath) + "*"))
        {
            File.Delete(file);
        }
    }
}
