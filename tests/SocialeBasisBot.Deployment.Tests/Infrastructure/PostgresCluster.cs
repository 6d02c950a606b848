namespace SocialeBasisBot.Deployment.Tests.Infrastructure;

/// <summary>
/// A throw-away PostgreSQL cluster on a loopback port, made with the server binaries of the machine image
/// (initdb and pg_ctl run as the postgres user, trust authentication, socket in the cluster's folder).
/// </summary>
public sealed class PostgresCluster : IAsyncDisposable
{
    private const string BinDirectory = "/usr/lib/postgresql/15/bin";

    private readonly string folder;

    private PostgresCluster(string folder, int port)
    {
        this.folder = folder;
        Port = port;
    }

    public int Port { get; }

    private string DataDirectory => Path.Combine(folder, "data");

    /// <summary>Starts a cluster in a folder of its own under the temp folder (the postgres user must reach it).</summary>
    public static async Task<PostgresCluster> StartAsync()
    {
        if (!File.Exists(Path.Combine(BinDirectory, "initdb")))
            throw new InvalidOperationException($"PostgreSQL 15 server binaries not found in {BinDirectory} (Debian package postgresql-15).");

        var folder = Directory.CreateTempSubdirectory("sbb-postgres-").FullName;
        await Must(ProcessRunner.RunAsync("chown", ["postgres:postgres", folder]), "chown");
        var cluster = new PostgresCluster(folder, ServiceProcess.FreePort());
        await Must(AsPostgres("initdb", "-D", cluster.DataDirectory, "--auth=trust", "-U", "postgres", "-E", "UTF8"), "initdb");
        await Must(
            AsPostgres("pg_ctl", "-D", cluster.DataDirectory, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60",
                "-o", $"-c listen_addresses=127.0.0.1 -p {cluster.Port} -k {folder}", "start"),
            "pg_ctl start");
        return cluster;
    }

    /// <summary>Runs SQL as the superuser and returns psql's unaligned output.</summary>
    public async Task<string> SqlAsync(string sql, string database = "postgres")
    {
        var result = await Must(
            AsPostgres("psql", "-h", "127.0.0.1", "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "-U", "postgres", "-d", database, "-v", "ON_ERROR_STOP=1", "-At", "-c", sql),
            "psql");
        return result.StandardOutput.Trim();
    }

    public async ValueTask DisposeAsync()
    {
        await AsPostgres("pg_ctl", "-D", DataDirectory, "-m", "fast", "-w", "stop");
        Directory.Delete(folder, recursive: true);
    }

    private static Task<ProcessResult> AsPostgres(string tool, params string[] arguments) =>
        ProcessRunner.RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(BinDirectory, tool), .. arguments]);

    private static async Task<ProcessResult> Must(Task<ProcessResult> run, string what)
    {
        var result = await run;
        if (result.ExitCode != 0)
            throw new InvalidOperationException($"{what} failed ({result.ExitCode}): {result.StandardError}{result.StandardOutput}");
        return result;
    }
}
