using Microsoft.Extensions.DependencyInjection;
using SocialeBasisBot.Sessions;
using SocialeBasisBot.Storage;

namespace SocialeBasisBot.Tests.Storage;

/// <summary>The answer batch on PostgreSQL (one statement per batch); skipped without a test server.</summary>
public sealed class PostgresAnswerBatchTests(PostgresBackend backend) : AnswerBatchContractTests<PostgresBackend>(backend)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [SkippableFact]
    public async Task Two_instances_committing_batches_of_the_same_messages_at_once_store_each_message_once()
    {
        _ = Stores();
        var connectionString = Backend.NewDatabase();
        await using var first = await Backend.StartStorageAsync(connectionString);
        await using var second = await Backend.StartStorageAsync(connectionString);
        var session = await AddSessionAsync(first.GetRequiredService<SessionStore>(), SessionState.Running, "q1");
        const int Rounds = 10;
        const int Messages = 20;

        for (var round = 0; round < Rounds; round++)
        {
            // Teams redelivers to whichever instance the balancer picks: the same messages in batches on both.
            NewAnswer[] Batch() => [.. Enumerable.Range(0, Messages).Select(m => new NewAnswer(Answer(session.Id, "q1", $"r{round}-m{m}", $"Antwoord {m}"), []))];
            using var start = new ManualResetEventSlim();
            var commits = new[] { first, second }.Select(instance => Task.Run(async () =>
            {
                start.Wait();
                return await instance.GetRequiredService<TurnStore>().AddAnswersAsync(Batch(), None);
            })).ToList();
            start.Set();
            var outcomes = await Task.WhenAll(commits);

            for (var m = 0; m < Messages; m++)
            {
                Assert.Equal([AnswerOutcome.Stored, AnswerOutcome.Duplicate], outcomes.Select(o => o[m]).Order());
            }
        }

        var answers = await first.GetRequiredService<SessionStore>().ListAnswersAsync(session.Id, "q1", None);
        Assert.Equal(Rounds * Messages, answers.Count);
        Assert.Equal(Rounds * Messages, answers.Select(a => a.SourceMessageId).Distinct().Count());
    }

    /// <summary>
    /// The deadlock two instances can cause (SQLSTATE 40P01), made to happen: a trigger in this test's own database
    /// fails the first insert statement into "Answers" with the server's deadlock error, so the production path meets
    /// the real server error and must store the batch on its next attempt.
    /// </summary>
    [SkippableFact]
    public async Task A_batch_ended_by_a_deadlock_is_stored_once_each_on_the_next_attempt()
    {
        _ = Stores();
        var connectionString = Backend.NewDatabase();
        await using var storage = await Backend.StartStorageAsync(connectionString);
        var session = await AddSessionAsync(storage.GetRequiredService<SessionStore>(), SessionState.Running, "q1");
        await PostgresDeadlocks.InstallAsync(connectionString, failingStatements: 1);

        NewAnswer[] batch = [.. Enumerable.Range(0, 5).Select(m => new NewAnswer(Answer(session.Id, "q1", $"m{m}", $"Antwoord {m}"), []))];
        var outcomes = await storage.GetRequiredService<TurnStore>().AddAnswersAsync(batch, None);

        Assert.Equal(Enumerable.Repeat(AnswerOutcome.Stored, 5), outcomes);
        var stored = await storage.GetRequiredService<SessionStore>().ListAnswersAsync(session.Id, "q1", None);
        Assert.Equal(["m0", "m1", "m2", "m3", "m4"], stored.Select(a => a.SourceMessageId));
        Assert.Equal(batch.Select(b => b.Answer.Id), stored.Select(a => a.Id));
        Assert.Equal(2, await PostgresDeadlocks.InsertStatementsAsync(connectionString));
    }

    /// <summary>
    /// A deadlock that never passes (the trigger fails every insert) is given up after a bounded number of attempts
    /// with the server's own error, so the turn fails as any failed commit does, and nothing is stored.
    /// </summary>
    [SkippableFact]
    public async Task A_deadlock_on_every_attempt_is_given_up_with_the_server_error_and_stores_nothing()
    {
        _ = Stores();
        var connectionString = Backend.NewDatabase();
        await using var storage = await Backend.StartStorageAsync(connectionString);
        var session = await AddSessionAsync(storage.GetRequiredService<SessionStore>(), SessionState.Running, "q1");
        await PostgresDeadlocks.InstallAsync(connectionString, failingStatements: int.MaxValue);

        NewAnswer[] batch = [.. Enumerable.Range(0, 3).Select(m => new NewAnswer(Answer(session.Id, "q1", $"m{m}", $"Antwoord {m}"), []))];
        var error = await Assert.ThrowsAsync<Npgsql.PostgresException>(() => storage.GetRequiredService<TurnStore>().AddAnswersAsync(batch, None));

        Assert.Equal(Npgsql.PostgresErrorCodes.DeadlockDetected, error.SqlState);
        Assert.Equal(TurnStore.DeadlockAttempts, await PostgresDeadlocks.InsertStatementsAsync(connectionString));
        Assert.Empty(await storage.GetRequiredService<SessionStore>().ListAnswersAsync(session.Id, null, None));
    }
}
