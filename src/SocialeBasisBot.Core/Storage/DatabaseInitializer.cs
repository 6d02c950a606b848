using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SocialeBasisBot.Storage;

/// <summary>Creates the schema before the host accepts requests, so the first Teams message finds its tables.</summary>
public sealed class DatabaseInitializer(
    IDbContextFactory<SocialeBasisDbContext> contexts,
    ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            var builder = new SqliteConnectionStringBuilder(db.Database.GetConnectionString());
            var directory = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }
        }

        var created = await db.Database.EnsureCreatedAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // WAL lets many answer writes and reads go on at once without "database is locked".
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        logger.LogInformation("Storage ready ({Provider}), schema {SchemaState}",
            db.Database.ProviderName, created ? "created" : "already present");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
