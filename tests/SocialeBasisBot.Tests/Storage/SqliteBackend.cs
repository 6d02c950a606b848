using Microsoft.Data.Sqlite;

namespace SocialeBasisBot.Tests.Storage;

/// <summary>SQLite in temporary files, as the bot runs by default.</summary>
public sealed class SqliteBackend : StorageBackend
{
    private readonly List<string> files = [];

    public override string Provider => "Sqlite";

    public override string ProviderNameFragment => "Sqlite";

    public override string? SkipReason => null;

    public override string NewDatabase()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sbb-storage-{Guid.NewGuid():N}.db");
        files.Add(path);
        return $"Data Source={path}";
    }

    public override async Task CreateDatabaseAsync(string connectionString, string sql)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    protected override Task RemoveDatabasesAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var path in files)
        {
            // The database plus its WAL and shared-memory files.
            foreach (var file in Directory.GetFiles(Path.GetDirectoryName(path)!, Path.GetFileName(path) + "*"))
            {
                File.Delete(file);
            }
        }

        return Task.CompletedTask;
    }
}
