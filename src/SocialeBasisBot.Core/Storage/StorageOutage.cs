using System.Data.Common;

namespace SocialeBasisBot.Storage;

/// <summary>
/// Whether an exception says the database could not be used (unreachable, dropped, the connection ended by the server).
/// Background workers catch exactly these, log them and look again later: a worker that throws stops the whole host
/// (.NET's BackgroundServiceExceptionBehavior.StopHost), and a database that is away must not take the bot with it.
/// <para>
/// A catch of <see cref="DbException"/> alone is not enough: when the server ends a connection mid-query (PostgreSQL
/// 57P01, as on a failover or a dropped database) EF Core reports it as an <see cref="InvalidOperationException"/>
/// "likely due to a transient failure" around the provider's exception, and a failed save as a DbUpdateException.
/// </para>
/// </summary>
public static class StorageOutage
{
    public static bool Is(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e is DbException)
            {
                return true;
            }
        }

        return false;
    }
}
