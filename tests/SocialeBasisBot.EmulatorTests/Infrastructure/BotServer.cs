using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace SocialeBasisBot.EmulatorTests.Infrastructure;

/// <summary>
/// The real bot (Program) on Kestrel at a free loopback port, as scripts/run-bot runs it: its own appsettings.json,
/// the built-in programmes, no keys (local anonymous mode, which the emulator speaks), a SQLite file of its own.
/// Only the database file and the log level differ.
/// </summary>
public sealed class BotServer : WebApplicationFactory<Program>
{
    private readonly string folder = Directory.CreateTempSubdirectory("sbb-emulator-bot-").FullName;

    public BotServer() => UseKestrel(0);

    /// <summary>Where the emulator posts activities (the bot's /api/messages).</summary>
    public Uri MessagesEndpoint
    {
        get
        {
            StartServer();
            return new Uri(ClientOptions.BaseAddress, "/api/messages");
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:SocialeBasisBot"] = $"Data Source={Path.Combine(folder, "socialebasisbot.db")}",
            ["Programmes:Folder"] = RepositoryPaths.Dialogs,
            ["Logging:LogLevel:Default"] = "Warning",
        }));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
