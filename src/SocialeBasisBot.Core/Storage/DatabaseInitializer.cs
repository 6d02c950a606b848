using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SocialeBasisBot.Storage;

/// <summary>Creates the schema before the host accepts requests, so the first Teams message finds its tables.</summary>
public sealed class DatabaseInitializer(
    IDbContextFactory<SocialeBasisDbContext> contexts,
    ILogger<DatabaseInitializer> logger) : IHostedService
{
    // PostgreSQL error codes (SQLSTATE) of a concurrent CREATE: the catalogue's unique index, or the database, table
    // or a table's row type exists already.
    private const string UniqueViolation = "23505";
    private const string DuplicateDatabase = "42P04";
    private const string DuplicateTable = "42P07";
    private const string DuplicateObject = "42710";

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

        var created = db.Database.IsNpgsql()
            ? await EnsurePostgresSchemaAsync(db, cancellationToken)
            : await db.Database.EnsureCreatedAsync(cancellationToken);

        if (db.Database.IsSqlite())
        {
            // WAL lets many answer writes and reads go on at once without "database is locked".
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        logger.LogInformation("Storage ready ({Provider}), schema {SchemaState}",
            db.Database.ProviderName, created ? "created" : "already present");
    }

    /// <summary>
    /// Several instances share one PostgreSQL server and start together after a deployment; the losers of the race to
    /// create the database or the tables get a duplicate error. By then the winner's work is done (table creation is
    /// one transaction), so they look again instead of failing.
    /// </summary>
    private async Task<bool> EnsurePostgresSchemaAsync(SocialeBasisDbContext db, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await db.Database.EnsureCreatedAsync(ct) || await CreateTablesIfAbsentAsync(db, ct);
            }
            catch (DbException ex) when (attempt < 5 && ex.SqlState is UniqueViolation or DuplicateDatabase or DuplicateTable or DuplicateObject)
            {
                logger.LogInformation("Another instance is creating the schema ({SqlState}); looking again", ex.SqlState);
                await Task.Delay(TimeSpan.FromMilliseconds(100 * attempt), ct);
            }
        }
    }

    /// <summary>
    /// EnsureCreated does nothing to a PostgreSQL database that holds any table at all (a shared or
    /// pre-provisioned database), so then the bot's own tables are checked and created here.
    /// </summary>
    private static async Task<bool> CreateTablesIfAbsentAsync(SocialeBasisDbContext db, CancellationToken ct)
    {
        var expected = db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct().ToArray();
        var present = await db.Database.SqlQuery<string>(
                $"SELECT table_name AS \"Value\" FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ANY({expected})")
            .ToListAsync(ct);
        if (present.Count == expected.Length)
        {
            return false;
        }

        if (present.Count > 0)
        {
            throw new InvalidOperationException(
                $"The PostgreSQL database holds only part of the bot's tables (missing: {string.Join(", ", expected.Except(present))}). "
                + "Create them from the same version's schema or point ConnectionStrings:SocialeBasisBot at an empty database.");
        }

        await db.Database.GetService<IRelationalDatabaseCreator>().CreateTablesAsync(ct);
        return true;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
