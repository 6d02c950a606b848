using Npgsql;

namespace SocialeBasisBot.Tests.Storage;

/// <summary>
/// PostgreSQL goes away as on a failover: no new connections, and the server ends the open ones (pooled and mid-query
/// alike), as PostgresHostTests does. Skipped without a test server.
/// </summary>
public sealed class PostgresOutboxOutageTests : OutboxOutageTests
{
    private readonly PostgresBackend backend = new();
    private string database = "";

    protected override StorageBackend Backend => backend;

    protected override string NewDatabase()
    {
        var connectionString = backend.NewDatabase();
        database = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        return connectionString;
    }

    // The name is a generated identifier (PostgresBackend.NewDatabase), never input.
    protected override Task LoseAsync() => PostgresBackend.ExecuteAsync(PostgresBackend.ServerConnectionString!,
        $"ALTER DATABASE \"{database}\" ALLOW_CONNECTIONS false; SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{database}'");

    protected override Task RegainAsync() =>
        PostgresBackend.ExecuteAsync(PostgresBackend.ServerConnectionString!, $"ALTER DATABASE \"{database}\" ALLOW_CONNECTIONS true");
}
