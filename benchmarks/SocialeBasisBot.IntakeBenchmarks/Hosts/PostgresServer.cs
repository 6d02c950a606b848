using System.Data.Common;
using System.Diagnostics;
using SocialeBasisBot.Testing;

namespace SocialeBasisBot.IntakeBenchmarks.Hosts;

/// <summary>
/// The PostgreSQL the bots share: the one given (--postgres or SOCIALEBASISBOT_TEST_POSTGRES), or a throwaway
/// cluster started with scripts/start-postgres in its own folder under /tmp and removed again afterwards, with
/// PostgreSQL's durability defaults (fsync, synchronous_commit and full_page_writes on, as in a deployment). Every
/// scenario gets a database of its own (the bot creates it at start-up), so runs never see each other's answers.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private readonly string? ownFolder;

    private PostgresServer(string connectionString, string? ownFolder)
    {
        ConnectionString = connectionString;
        this.ownFolder = ownFolder;
    }

    public string ConnectionString { get; }

    public static async Task<PostgresServer> StartAsync(string? given, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(given))
        {
            return new PostgresServer(given, null);
        }

        // Under /tmp, not $TMPDIR: the server runs as the 'postgres' user and must be able to reach the folder.
        var folder = Path.Combine("/tmp", "socialebasisbot-bench-pg-" + Guid.NewGuid().ToString("N")[..8]);
        var connectionString = (await StartPostgresAsync(folder, stop: false, ct)).Trim();
        return new PostgresServer(connectionString, folder);
    }

    /// <summary>The connection string with a database of its own: sbb_bench_(label)_(random).</summary>
    public string Database(string label)
    {
        var builder = new DbConnectionStringBuilder { ConnectionString = ConnectionString };
        builder["Database"] = $"sbb_bench_{label}_{Guid.NewGuid().ToString("N")[..8]}";
        return builder.ConnectionString;
    }

    public async ValueTask DisposeAsync()
    {
        if (ownFolder is not null)
        {
            await StartPostgresAsync(ownFolder, stop: true, CancellationToken.None);
        }
    }

    private static async Task<string> StartPostgresAsync(string folder, bool stop, CancellationToken ct)
    {
        var info = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            // Stopping chats on stderr ("waiting for server to shut down"); starting says only what went wrong.
            RedirectStandardError = stop,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(RepositoryPaths.Root, "scripts", "start-postgres"));
        if (stop)
        {
            info.ArgumentList.Add("--stop");
        }

        info.Environment["SOCIALEBASISBOT_PG_DIR"] = folder;
        // As a deployment runs it: fsync and synchronous_commit on, so a commit before 200 costs what it costs there
        // (the test cluster switches durability off for speed; figures measured on that would flatter PostgreSQL).
        info.Environment["SOCIALEBASISBOT_PG_DURABLE"] = "1";
        using var process = Process.Start(info) ?? throw new InvalidOperationException("scripts/start-postgres did not start.");
        var errors = stop ? process.StandardError.ReadToEndAsync(ct) : Task.FromResult("");
        var output = await process.StandardOutput.ReadToEndAsync(ct);
        await errors;
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0 && !stop)
        {
            throw new InvalidOperationException($"scripts/start-postgres failed with exit code {process.ExitCode} (its messages are above).");
        }

        return output;
    }
}
