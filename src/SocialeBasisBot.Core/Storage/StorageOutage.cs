using System.Data.Common;

namespace SocialeBasisBot.Storage;

/// <summary>
/// Whether an exception is a database failure (any <see cref="DbException"/> in its chain). Background workers catch
/// these, log them and look again later: a worker that throws stops the whole host (.NET's
/// BackgroundServiceExceptionBehavior.StopHost), and neither a database that is away nor one failing statement may take
/// the bot with it. <see cref="IsUnreachable"/> tells the two apart for the log: an outage is a warning that passes, any
/// other database error (a missing column after a bad deploy, a value too long) repeats until someone looks.
/// <para>
/// A catch of <see cref="DbException"/> alone is not enough: when the server ends a connection mid-query (PostgreSQL
/// 57P01, as on a failover or a dropped database) EF Core reports it as an <see cref="InvalidOperationException"/>
/// "likely due to a transient failure" around the provider's exception, and a failed save as a DbUpdateException.
/// </para>
/// </summary>
public static class StorageOutage
{
    // SQLite's result codes (sqlite.org/rescode.html).
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    public static bool Is(Exception exception) => DatabaseErrors(exception).Any();

    /// <summary>
    /// Whether the failure says the database is away rather than that a statement is wrong: the provider calls it
    /// transient, or its SQLSTATE is a connection exception (class 08), insufficient resources (53), an operator
    /// intervention such as a shutdown or a terminated connection (57P01–57P03), or a database that does not exist
    /// (3D000, dropped); or a SQLite file another process holds locked past the busy timeout (SQLITE_BUSY, SQLITE_LOCKED).
    /// </summary>
    public static bool IsUnreachable(Exception exception) => DatabaseErrors(exception).Any(db => db.IsTransient
        || db is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked }
        || db.SqlState is { } state && (state.StartsWith("08", StringComparison.Ordinal) || state.StartsWith("53", StringComparison.Ordinal)
            || state is "57P01" or "57P02" or "57P03" or "3D000"));

    // The provider's exceptions in the chain: EF Core wraps them (InvalidOperationException, DbUpdateException).
    private static IEnumerable<DbException> DatabaseErrors(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e is DbException db)
            {
                yield return db;
            }
        }
    }
}
