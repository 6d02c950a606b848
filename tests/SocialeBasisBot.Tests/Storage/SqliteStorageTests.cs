namespace SocialeBasisBot.Tests.Storage;

/// <summary>The storage contract on SQLite, the default provider.</summary>
public sealed class SqliteStorageTests(SqliteBackend backend) : StorageContractTests<SqliteBackend>(backend)
{
    /// <summary>
    /// Pins a known limit: EF Core's DateTimeOffsetToBinaryConverter sorts by clock reading, not by instant. The bot
    /// only writes UTC (TimeProvider.GetUtcNow), where the two agree; changing the stored format would need a
    /// migration of existing files, so this test says so if the behaviour changes.
    /// </summary>
    [Fact]
    public async Task Times_are_ordered_by_clock_reading_so_the_bot_must_write_utc()
    {
        var (found, earlier, _) = await FindLatestOfMixedOffsetsAsync();
        Assert.Equal(earlier.Id, found.Id);
    }
}
