namespace SocialeBasisBot.Storage;

/// <summary>
/// One instance's send of a message it claimed: the message as far as Teams has it (<see cref="OutboxMessage.PartsSent"/>
/// and <see cref="OutboxMessage.ActivityId"/> are set in memory as soon as Teams answers), and the writes that record
/// what Teams did but the database did not take because it was away. Those are kept, in order, and written first when
/// the database is back, before the send goes on (<see cref="OutboxStore.ResumeClaimAsync"/>).
/// <para>
/// Why remember rather than wait out the claim: an instance that cannot record an outcome still knows it, and only it
/// does. Had it let the claim run out, the next holder would find <see cref="OutboxMessage.PostingSince"/> set and, not
/// knowing whether Teams showed the message, end it as <see cref="OutboxState.Uncertain"/> ten minutes later; or, had
/// the POST not been recorded as started, post it a second time. Resuming in the same instance keeps the rule for a new
/// message (never POSTed again without knowing the first POST failed) and is safe against other instances because the
/// claim stays this instance's in the database until the send is done. A process that dies with a send stranded loses
/// this memory; then the lease and the rule on <see cref="OutboxMessage.PostingSince"/> apply as before.
/// </para>
/// Not thread-safe: one send runs on one sender at a time.
/// </summary>
public sealed class OutboxSend(OutboxMessage message)
{
    private readonly List<Func<CancellationToken, Task>> unwritten = [];

    public OutboxMessage Message => message;

    /// <summary>Its outcome (sent, retry later, failed, uncertain) is decided: once the writes are in, nothing is left to do.</summary>
    public bool Ended { get; set; }

    /// <summary>Stranded sends are tried again no sooner than this, so a database that stays away is not asked in a tight loop.</summary>
    public DateTimeOffset NotBefore { get; set; }

    /// <summary>Writes waiting for the database.</summary>
    public bool Unwritten => unwritten.Count > 0;

    /// <summary>
    /// Writes a record now; when the database fails it (or an earlier record still waits, since they must land in order)
    /// keeps it for <see cref="FlushAsync"/>. Returns the database's error when this write was kept because of it.
    /// </summary>
    public async Task<Exception?> RecordAsync(Func<CancellationToken, Task> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        if (unwritten.Count == 0)
        {
            try
            {
                // Not cancellable: it records what Teams already did.
                await write(CancellationToken.None);
                return null;
            }
            catch (Exception ex) when (StorageOutage.Is(ex))
            {
                unwritten.Add(write);
                return ex;
            }
        }

        unwritten.Add(write);
        return null;
    }

    /// <summary>
    /// Writes the kept records in order; throws the database's error, keeping the rest, when it is still away. Each
    /// record sets values (or counts an attempt), so one that reached the database before its answer was lost may be
    /// written again.
    /// </summary>
    public async Task FlushAsync()
    {
        while (unwritten.Count > 0)
        {
            await unwritten[0](CancellationToken.None);
            unwritten.RemoveAt(0);
        }
    }
}
