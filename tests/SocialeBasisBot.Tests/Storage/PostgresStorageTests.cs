using Microsoft.Extensions.DependencyInjection;
using SocialeBasisBot.Storage;

namespace SocialeBasisBot.Tests.Storage;

/// <summary>The storage contract on PostgreSQL (Storage:Provider=Postgres); skipped without a test server.</summary>
public sealed class PostgresStorageTests(PostgresBackend backend) : StorageContractTests<PostgresBackend>(backend)
{
    [SkippableFact]
    public async Task Times_written_with_different_offsets_are_ordered_by_instant()
    {
        var (found, _, later) = await FindLatestOfMixedOffsetsAsync();
        Assert.Equal(later.Id, found.Id);
    }

    [SkippableFact]
    public async Task The_schema_is_created_in_a_database_that_already_holds_other_tables()
    {
        Skip.If(Backend.SkipReason is not null, Backend.SkipReason);
        // A shared or pre-provisioned database (e.g. a managed server where the DBA created it with a table of its own).
        var connectionString = Backend.NewDatabase();
        // Let the bot create the database, then leave only a foreign table in it.
        await (await Backend.StartStorageAsync(connectionString)).DisposeAsync();

        await PostgresBackend.ExecuteAsync(connectionString,
            "DROP TABLE \"Answers\", \"PostedCards\", \"ProcessedMessages\", \"Sessions\", \"Outbox\", \"ScheduledJobs\", \"MeetingStates\", \"MeetingNotices\", \"ThemeCorrections\", \"PostedSummaries\", \"__EFMigrationsHistory\"; CREATE TABLE audit_log (id int)");

        await using var services = await Backend.StartStorageAsync(connectionString);
        var store = services.GetRequiredService<SessionStore>();
        var session = NewSession(Conversation(), DateTimeOffset.UnixEpoch);
        await store.AddSessionAsync(session, CancellationToken.None);
        Assert.True(await store.TryAddAnswerAsync(NewAnswer(session.Id, "q1", "m-1", "Opgeslagen"), CancellationToken.None));
        Assert.Single(await store.ListAnswersAsync(session.Id, "q1", CancellationToken.None));
    }

    [SkippableFact]
    public async Task Start_up_stops_with_a_clear_reason_when_only_part_of_the_schema_is_there()
    {
        Skip.If(Backend.SkipReason is not null, Backend.SkipReason);
        var connectionString = Backend.NewDatabase();
        await (await Backend.StartStorageAsync(connectionString)).DisposeAsync();
        await PostgresBackend.ExecuteAsync(connectionString, "DROP TABLE \"ProcessedMessages\"");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Backend.StartStorageAsync(connectionString));
        Assert.Contains("missing: ProcessedMessages", error.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Two_instances_starting_at_once_on_a_new_database_both_come_up()
    {
        Skip.If(Backend.SkipReason is not null, Backend.SkipReason);
        // Scaling out is the reason to run on PostgreSQL; instances start together after a deployment.
        for (var round = 0; round < 10; round++)
        {
            var connectionString = Backend.NewDatabase();
            var starts = Enumerable.Range(0, 3).Select(_ => Task.Run(() => Backend.StartStorageAsync(connectionString))).ToList();
            var instances = await Task.WhenAll(starts);
            foreach (var instance in instances)
            {
                Assert.True(await instance.GetRequiredService<SessionStore>().CanConnectAsync(CancellationToken.None));
                Assert.Null(await instance.GetRequiredService<SessionStore>().FindSessionAsync("none", CancellationToken.None));
            }
        }
    }
}
