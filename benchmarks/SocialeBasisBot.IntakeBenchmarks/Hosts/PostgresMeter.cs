using System.Globalization;
using Npgsql;

namespace SocialeBasisBot.IntakeBenchmarks.Hosts;

/// <summary>
/// What the PostgreSQL server did during a measured phase, read the same way before and after it: the processor time of
/// all its processes (from /proc: the postmaster with what its exited children used, plus every live child), the write
/// transactions it committed and the WAL it wrote. The bots' processor time leaves this out, and on PostgreSQL that is
/// half the picture: the server's work runs on the same cores.
/// </summary>
public sealed class PostgresMeter : IAsyncDisposable
{
    private readonly NpgsqlConnection connection;
    private readonly int? postmaster;

    private PostgresMeter(NpgsqlConnection connection, int? postmaster)
    {
        this.connection = connection;
        this.postmaster = postmaster;
    }

    /// <summary>Connects to the server of <paramref name="connectionString"/>; its processes are found from this connection's backend.</summary>
    public static async Task<PostgresMeter> OpenAsync(string connectionString, CancellationToken ct)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand("SELECT pg_backend_pid()", connection);
        var backend = (int)(await command.ExecuteScalarAsync(ct))!;
        // A backend is a child of the postmaster; on another machine (or without /proc) there is no processor time to read.
        var postmaster = Stat(backend) is { } stat ? int.Parse(stat[3], CultureInfo.InvariantCulture) : (int?)null;
        return new PostgresMeter(connection, postmaster);
    }

    /// <summary>The server's counters now.</summary>
    public async Task<PostgresSample> SampleAsync(CancellationToken ct)
    {
        // The next transaction id to be given out counts every transaction that wrote, at once and exactly (the
        // pg_stat_* counters reach shared memory up to a second late per backend); this query takes none itself.
        await using var command = new NpgsqlCommand(
            "SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint, pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')::bigint", connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return new PostgresSample(ProcessorTime(), reader.GetInt64(0), reader.GetInt64(1));
    }

    public ValueTask DisposeAsync() => connection.DisposeAsync();

    /// <summary>utime+stime of the postmaster and its live children, plus cutime+cstime of the postmaster (its children that exited).</summary>
    private TimeSpan? ProcessorTime()
    {
        if (postmaster is not { } parent || Stat(parent) is not { } own)
        {
            return null;
        }

        long ticks = Ticks(own, 13) + Ticks(own, 14) + Ticks(own, 15) + Ticks(own, 16);
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                && Stat(pid) is { } stat && stat[3] == own[0])
            {
                ticks += Ticks(stat, 13) + Ticks(stat, 14);
            }
        }

        // Clock ticks of /proc are USER_HZ, 100 per second on every Linux the bot runs on.
        return TimeSpan.FromSeconds(ticks / 100.0);
    }

    private static long Ticks(string[] stat, int field) => long.Parse(stat[field], CultureInfo.InvariantCulture);

    /// <summary>The fields of /proc/(pid)/stat (pid first), the command name taken out as one field; null when gone.</summary>
    private static string[]? Stat(int pid)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{pid}/stat");
            // The command name is in parentheses and may hold spaces; the fields after it are plain numbers.
            var close = text.LastIndexOf(')');
            return [text[..text.IndexOf(' ', StringComparison.Ordinal)], "comm", .. text[(close + 2)..].Split(' ')];
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
