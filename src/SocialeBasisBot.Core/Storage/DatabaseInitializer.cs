using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SocialeBasisBot.Storage;

/// <summary>
/// Creates or upgrades the schema (EF Core migrations) before the host accepts requests, so the first Teams message
/// finds its tables.
/// </summary>
public sealed class DatabaseInitializer(
    IDbContextFactory<SocialeBasisDbContext> contexts,
    ILogger<DatabaseInitializer> logger) : IHostedService
{
    // The tables the bot created with EnsureCreated before it had migrations; they are what the first migration makes.
    private static readonly string[] TablesBeforeMigrations = ["Answers", "PostedCards", "ProcessedMessages", "Sessions"];

    // PostgreSQL error codes (SQLSTATE) of a concurrent CREATE or ALTER: the catalogue's unique index, or the
    // database, table, a table's row type or an added column exists already.
    private const string UniqueViolation = "23505";
    private const string DuplicateDatabase = "42P04";
    private const string DuplicateTable = "42P07";
    private const string DuplicateObject = "42710";
    private const string DuplicateColumn = "42701";

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

        await MigrateAsync(db, cancellationToken);

        // Count refreshes an earlier version queued: an open card is no longer edited, so sending them did nothing, and
        // with none left the outbox claim and sender need no branch for them.
        var dropped = await db.Outbox.Where(o => o.Kind == OutboxKind.CountRefresh && o.State == OutboxState.Pending)
            .ExecuteDeleteAsync(cancellationToken);
        if (dropped > 0)
        {
            logger.LogInformation("Removed {Count} queued count refreshes of an earlier version", dropped);
        }

        if (db.Database.IsSqlite())
        {
            // WAL lets many answer writes and reads go on at once without "database is locked".
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        // EF Core logs each migration it applies; this says where the schema ended up.
        logger.LogInformation("Storage ready ({Provider}), schema at migration {Migration}",
            db.Database.ProviderName, db.Database.GetMigrations().LastOrDefault());
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Several instances share one PostgreSQL server and start together after a deployment. EF Core's migration lock
    /// serialises the migrations themselves, but creating the database and the history table can still race; the
    /// losers get a duplicate error, by when the winner's work is done, so they look again instead of failing.
    /// </summary>
    private async Task MigrateAsync(SocialeBasisDbContext db, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await BaselineSchemaFromBeforeMigrationsAsync(db, ct);
                await db.Database.MigrateAsync(ct);
                await ThrowIfTablesMissingAsync(db, ct);
                return;
            }
            catch (DbException ex) when (attempt < 5 && ex.SqlState is UniqueViolation or DuplicateDatabase or DuplicateTable or DuplicateObject or DuplicateColumn)
            {
                logger.LogInformation("Another instance is creating the schema ({SqlState}); looking again", ex.SqlState);
                // A real back-off between real database attempts, also when a test hands the host a fake clock.
                await Task.Delay(TimeSpan.FromMilliseconds(100 * attempt), TimeProvider.System, ct);
            }
        }
    }

    /// <summary>
    /// A database the bot made before it had migrations holds the tables of the first migration but no migration
    /// history. Record that first migration as applied, so Migrate applies only the later ones and keeps the data.
    /// </summary>
    private async Task BaselineSchemaFromBeforeMigrationsAsync(SocialeBasisDbContext db, CancellationToken ct)
    {
        if (!await db.Database.CanConnectAsync(ct))
        {
            return;
        }

        // Looked up by name, not with IHistoryRepository.Exists (Npgsql's answers true before the table is there), and
        // before reading it, because EF Core logs a failed command when it reads a history table that is not there.
        var present = await ListTablesAsync(db, [.. TablesBeforeMigrations, HistoryRepository.DefaultTableName], ct);
        if (present.Contains(HistoryRepository.DefaultTableName) && (await db.Database.GetAppliedMigrationsAsync(ct)).Any())
        {
            return;
        }

        present.Remove(HistoryRepository.DefaultTableName);
        if (ThrowIfPartial(present, TablesBeforeMigrations) == 0)
        {
            return;
        }

        var initial = db.Database.GetMigrations().First();
        logger.LogInformation("Schema made before migrations found; recording {Migration} as applied", initial);
        var history = db.GetService<IHistoryRepository>();
        var productVersion = typeof(DbContext).Assembly.GetName().Version!.ToString(3);
        // EF Core's own scripts for its history table; the only value in them is a migration id from this assembly.
        var script = history.GetCreateIfNotExistsScript() + history.GetInsertScript(new HistoryRow(initial, productVersion));
        await db.Database.ExecuteSqlRawAsync(script, ct);
    }

    private static async Task ThrowIfTablesMissingAsync(SocialeBasisDbContext db, CancellationToken ct)
    {
        var expected = db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct().ToArray();
        if (ThrowIfPartial(await ListTablesAsync(db, expected, ct), expected) == 0)
        {
            throw new InvalidOperationException(
                "The migration history says the schema is there, but none of the bot's tables are. "
                + "Point ConnectionStrings:SocialeBasisBot at an empty database or restore the tables.");
        }
    }

    private static async Task<List<string>> ListTablesAsync(SocialeBasisDbContext db, string[] names, CancellationToken ct) =>
        db.Database.IsNpgsql()
            ? await db.Database.SqlQuery<string>(
                    $"SELECT table_name AS \"Value\" FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ANY({names})")
                .ToListAsync(ct)
            : (await db.Database.SqlQuery<string>($"SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'table'").ToListAsync(ct))
                .Intersect(names).ToList();

    /// <summary>
    /// None or all of the tables is a state start-up can go on from; part of them means someone dropped or never
    /// created the rest, and guessing would lose data, so start-up stops and says what is missing.
    /// </summary>
    private static int ThrowIfPartial(List<string> present, string[] expected)
    {
        if (present.Count > 0 && present.Count < expected.Length)
        {
            throw new InvalidOperationException(
                $"The database holds only part of the bot's tables (missing: {string.Join(", ", expected.Except(present))}). "
                + "Create them from the same version's schema or point ConnectionStrings:SocialeBasisBot at an empty database.");
        }

        return present.Count;
    }
}
