using Microsoft.Data.Sqlite;

namespace SocialeBasisBot.Tests.Storage;

/// <summary>
/// SQLite goes away as a file does: another process holds its write lock (a backup, a long transaction) past the bot's
/// busy timeout, shortened here to one second so the outage shows at once.
/// </summary>
public sealed class SqliteOutboxOutageTests : OutboxOutageTests
{
    private readonly SqliteBackend backend = new();
    private string connectionString = "";
    private SqliteConnection? holder;

    protected override StorageBackend Backend => backend;

    protected override string NewDatabase()
    {
        connectionString = backend.NewDatabase() + ";Default Timeout=1";
        return connectionString;
    }

    protected override async Task LoseAsync()
    {
        holder = new SqliteConnection(connectionString);
        await holder.OpenAsync();
        await using var begin = holder.CreateCommand();
        begin.CommandText = "BEGIN IMMEDIATE;";
        await begin.ExecuteNonQueryAsync();
    }

    protected override async Task RegainAsync()
    {
        await using (var commit = holder!.CreateCommand())
        {
            commit.CommandText = "COMMIT;";
            await commit.ExecuteNonQueryAsync();
        }

        await holder.DisposeAsync();
    }
}
