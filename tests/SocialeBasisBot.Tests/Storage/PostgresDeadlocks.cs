namespace SocialeBasisBot.Tests.Storage;

/// <summary>
/// Makes the real PostgreSQL server end answer inserts as deadlocks (SQLSTATE 40P01), deterministically: a trigger in
/// the test's own database, so the production code meets the server's real error.
/// </summary>
public static class PostgresDeadlocks
{
    /// <summary>
    /// Fails the first <paramref name="failingStatements"/> INSERT statements into "Answers" with SQLSTATE 40P01. The
    /// count is a sequence because a sequence is not rolled back with the failed statement (a counter row would be).
    /// </summary>
    public static Task InstallAsync(string connectionString, int failingStatements) => PostgresBackend.ExecuteAsync(connectionString, $$"""
        CREATE SEQUENCE test_answer_inserts;
        CREATE FUNCTION test_deadlock() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF nextval('test_answer_inserts') <= {{failingStatements}} THEN
                RAISE EXCEPTION 'deadlock detected (test trigger)' USING ERRCODE = '40P01';
            END IF;
            RETURN NULL;
        END $$;
        CREATE TRIGGER test_deadlock BEFORE INSERT ON "Answers" FOR EACH STATEMENT EXECUTE FUNCTION test_deadlock();
        """);

    /// <summary>How many INSERT statements into "Answers" the trigger saw (the sequence's last value).</summary>
    public static async Task<long> InsertStatementsAsync(string connectionString)
    {
        await using var connection = new Npgsql.NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT last_value FROM test_answer_inserts", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
