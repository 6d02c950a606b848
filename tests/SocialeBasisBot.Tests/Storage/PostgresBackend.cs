using Npgsql;

namespace SocialeBasisBot.Tests.Storage;

/// <summary>
/// A fresh database per fixture in the test cluster that scripts/run-tests starts (scripts/start-postgres) and names
/// in SOCIALEBASISBOT_TEST_POSTGRES. Without that variable the PostgreSQL tests are reported as skipped, never passed.
/// </summary>
public sealed class PostgresBackend : StorageBackend
{
    public const string Variable = "SOCIALEBASISBOT_TEST_POSTGRES";

    public const string NotConfigured =
        "PostgreSQL tests need a server: run `bash scripts/run-tests` (it starts a throwaway one), "
        + "or `export SOCIALEBASISBOT_TEST_POSTGRES=$(bash scripts/start-postgres)` before `dotnet test`.";

    private readonly List<string> databases = [];

    /// <summary>The test cluster's connection string (its maintenance database), or null when not configured.</summary>
    public static string? ServerConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public override string Provider => "Postgres";

    public override string ProviderNameFragment => "Npgsql";

    public override string? SkipReason => ServerConnectionString is null ? NotConfigured : null;

    public override string NewDatabase()
    {
        var name = $"sbb_{Guid.NewGuid():N}";
        databases.Add(name);
        return new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name }.ConnectionString;
    }

    public override async Task CreateDatabaseAsync(string connectionString, string sql)
    {
        // The name is a generated identifier (NewDatabase), never input.
        await ExecuteAsync(ServerConnectionString!, $"CREATE DATABASE \"{new NpgsqlConnectionStringBuilder(connectionString).Database}\"");
        await ExecuteAsync(connectionString, sql);
    }

    /// <summary>Runs SQL in one of this fixture's databases (e.g. to put a foreign table there first).</summary>
    public static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    protected override async Task RemoveDatabasesAsync()
    {
        if (databases.Count == 0 || ServerConnectionString is null)
        {
            return;
        }

        foreach (var name in databases)
        {
            using var pooled = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name }.ConnectionString);
            NpgsqlConnection.ClearPool(pooled);
            // FORCE ends sessions still open on it; the name is a generated identifier, never input.
            await ExecuteAsync(ServerConnectionString, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }
    }
}
