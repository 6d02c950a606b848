using System.Data;
using Npgsql;
using NpgsqlTypes;
using SocialeBasisBot.Answers;
using SocialeBasisBot.Sessions;

namespace SocialeBasisBot.Storage;

/// <summary>
/// An answer batch on PostgreSQL as one statement, one round trip and one commit: the answers go in as arrays, only
/// those whose question is still open are inserted, a message stored before is skipped by the unique index
/// (<c>ON CONFLICT DO NOTHING</c>, which also waits for and then skips one another instance is inserting at that
/// moment), and the reply says per answer whether its question was open and the id it got. The EF Core batch it
/// replaces took three round trips (BEGIN with the check, the INSERT, COMMIT) and an explicit transaction; on durable
/// PostgreSQL beside the bot on two cores, those round trips and the server's per-statement work were most of an
/// answer's cost (issue 8; docs/benchmarks.md, session 6). Written in SQL by hand because EF Core has no
/// INSERT … SELECT … ON CONFLICT; the column names are the model's (<see cref="SocialeBasisDbContext"/>), and the
/// storage contract tests run this path against the same expectations as SQLite's.
/// </summary>
internal static class PostgresAnswerBatch
{
    // A CTE used twice is evaluated once (PostgreSQL 12+), so `open` is the same rows for the insert and the reply.
    // ORDER BY keeps the ids in arrival order, as the EF Core batch gave them.
    private const string Sql = """
        WITH batch AS (
            SELECT * FROM unnest(@sessions, @items, @participants, @names, @texts, @choices, @messages, @sources, @quoted, @received, @edited, @retracted)
                WITH ORDINALITY AS b("SessionId", "ItemId", "ParticipantId", "ParticipantName", "Text", "Choices", "SourceMessageId", "Source", "QuotedMessageId", "ReceivedAt", "EditedAt", "RetractedAt", "Ordinal")
        ),
        open AS (
            SELECT b.* FROM batch b
            JOIN "Sessions" s ON s."Id" = b."SessionId" AND s."State" = 'Running' AND s."OpenItemId" = b."ItemId"
        ),
        stored AS (
            INSERT INTO "Answers" ("SessionId", "ItemId", "ParticipantId", "ParticipantName", "Text", "Choices", "SourceMessageId", "Source", "QuotedMessageId", "ReceivedAt", "EditedAt", "RetractedAt")
            SELECT "SessionId", "ItemId", "ParticipantId", "ParticipantName", "Text", "Choices", "SourceMessageId", "Source", "QuotedMessageId", "ReceivedAt", "EditedAt", "RetractedAt"
            FROM open ORDER BY "Ordinal"
            ON CONFLICT ("SessionId", "SourceMessageId") DO NOTHING
            RETURNING "Id", "SessionId", "SourceMessageId"
        )
        SELECT b."Ordinal", o."Ordinal" IS NOT NULL, s."Id"
        FROM batch b
        LEFT JOIN open o ON o."Ordinal" = b."Ordinal"
        LEFT JOIN stored s ON s."SessionId" = b."SessionId" AND s."SourceMessageId" = b."SourceMessageId"
        """;

    /// <summary>
    /// Stores the answers (no two with the same session and message) and returns each one's outcome; a stored answer
    /// gets its <see cref="Answer.Id"/>. Commits before it returns.
    /// </summary>
    public static async Task<AnswerOutcome[]> StoreAsync(NpgsqlConnection connection, IReadOnlyList<Answer> answers, CancellationToken ct)
    {
        if (connection.State != ConnectionState.Open)
        {
            await connection.OpenAsync(ct);
        }

        await using var command = new NpgsqlCommand(Sql, connection);
        var p = command.Parameters;
        p.Add(Texts("sessions", answers, a => a.SessionId));
        p.Add(Texts("items", answers, a => a.ItemId));
        p.Add(Texts("participants", answers, a => a.ParticipantId));
        p.Add(Texts("names", answers, a => a.ParticipantName));
        p.Add(Texts("texts", answers, a => a.Text));
        p.Add(Texts("choices", answers, a => a.Choices));
        p.Add(Texts("messages", answers, a => a.SourceMessageId));
        p.Add(Texts("sources", answers, a => a.Source.ToString()));
        p.Add(Texts("quoted", answers, a => a.QuotedMessageId));
        p.Add(Times("received", answers, a => a.ReceivedAt));
        p.Add(Times("edited", answers, a => a.EditedAt));
        p.Add(Times("retracted", answers, a => a.RetractedAt));

        var outcomes = new AnswerOutcome[answers.Count];
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var i = (int)reader.GetInt64(0) - 1;
            if (!reader.GetBoolean(1))
            {
                outcomes[i] = AnswerOutcome.QuestionClosed;
            }
            else if (reader.IsDBNull(2))
            {
                outcomes[i] = AnswerOutcome.Duplicate;
            }
            else
            {
                outcomes[i] = AnswerOutcome.Stored;
                answers[i].Id = reader.GetInt64(2);
            }
        }

        return outcomes;
    }

    private static NpgsqlParameter Texts(string name, IReadOnlyList<Answer> answers, Func<Answer, string?> value) =>
        new(name, NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = answers.Select(value).ToArray() };

    // timestamptz holds an instant; Npgsql takes only offset 0 (as UtcDateTimeOffsetConverter does for EF Core).
    private static NpgsqlParameter Times(string name, IReadOnlyList<Answer> answers, Func<Answer, DateTimeOffset?> value) =>
        new(name, NpgsqlDbType.Array | NpgsqlDbType.TimestampTz) { Value = answers.Select(a => value(a)?.ToUniversalTime()).ToArray() };
}
