using Npgsql;

namespace SocialeBasisBot.Storage;

/// <summary>
/// Npgsql settings the bot's PostgreSQL traffic profits from, added to the configured connection string (a Max Auto
/// Prepare given there wins). Pool size stays Npgsql's default (100): answers are committed in batches per chat, so a
/// few connections per busy chat are in use at once. Durability is untouched: every answer is still committed, with the server's synchronous_commit, before
/// the bot answers 200.
/// </summary>
internal static class PostgresConnectionDefaults
{
    /// <summary>More than the statements the bot runs over and over (answer batch, outbox claim, session reads).</summary>
    private const int MaxAutoPrepare = 32;

    public static string Apply(string connectionString)
    {
        var given = new NpgsqlConnectionStringBuilder(connectionString);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        // The same few statements run for every answer batch: prepared once per connection, the server parses and
        // plans them once instead of per batch.
        if (given.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = MaxAutoPrepare;
        }

        // A pooled connection is otherwise reset (DISCARD ALL) each time a DbContext returns it, several times per
        // answer batch. The bot leaves no state on a connection to reset: no SET, no temporary tables, no LISTEN, no
        // advisory locks; its transactions end before the connection goes back.
        builder.NoResetOnClose = true;
        return builder.ConnectionString;
    }
}
