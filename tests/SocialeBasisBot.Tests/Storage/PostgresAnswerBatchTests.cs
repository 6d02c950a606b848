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
}
