using Microsoft.EntityFrameworkCore;

namespace SocialeBasisBot.Storage;

/// <summary>
/// The outbox: what the bot still has to send, shared by every instance on the database. An instance claims one
/// message at a time with a conditional update (only one UPDATE can move the claim, on SQLite and PostgreSQL alike),
/// and only a conversation's oldest pending message can be claimed, so one conversation's messages go out one at a
/// time, in order, across all instances.
/// </summary>
public sealed class OutboxStore(IDbContextFactory<SocialeBasisDbContext> contexts, OutboxSignal signal, TimeProvider time)
{
    public async Task EnqueueAsync(OutboxMessage message, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.Outbox.Add(message);
        await db.SaveChangesAsync(ct);
        signal.Wake();
    }

    /// <summary>
    /// Claims the next message that may go out now: pending, due, not claimed by a live instance, the oldest pending
    /// one of its conversation, and its conversation under every one of <paramref name="rates"/> (counted over what
    /// went out to it from any instance, so the rate holds across instances). Null when none.
    /// </summary>
    public async Task<OutboxMessage?> ClaimNextAsync(string instance, TimeSpan lease, IReadOnlyList<OutboxRate> rates, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var query = db.Outbox.AsNoTracking()
            .Where(o => o.State == OutboxState.Pending && o.DueAt <= now && (o.ClaimedUntil == null || o.ClaimedUntil < now))
            .Where(o => !db.Outbox.Any(e => e.ConversationId == o.ConversationId && e.State == OutboxState.Pending && e.Id < o.Id));
        foreach (var rate in rates)
        {
            var since = now - rate.Window;
            var limit = rate.Messages;
            query = query.Where(o => db.Outbox.Count(s => s.ConversationId == o.ConversationId && s.SentAt > since) < limit);
        }

        // Whole rows, so a won claim needs no second round trip to read what it won: a read that failed there (the
        // database going away between the two) would leave the message claimed by this instance without it knowing.
        var candidates = await query.OrderBy(o => o.Id).Take(8).ToListAsync(ct);
        foreach (var candidate in candidates)
        {
            var (id, attempts, partsSent) = (candidate.Id, candidate.Attempts, candidate.PartsSent);
            var until = now + lease;
            // Every condition again in the UPDATE itself: the list above may be stale by now (another sender took the
            // message, was throttled and put it back with a later due time), and only the UPDATE is atomic. A row
            // changes only under a claim, and every claim that ends counts an attempt, so an unchanged attempt count
            // and part count say the row read is the row won.
            var won = await db.Outbox
                .Where(o => o.Id == id && o.State == OutboxState.Pending && o.DueAt <= now
                    && (o.ClaimedUntil == null || o.ClaimedUntil < now)
                    && o.Attempts == attempts && o.PartsSent == partsSent
                    && !db.Outbox.Any(e => e.ConversationId == o.ConversationId && e.State == OutboxState.Pending && e.Id < o.Id))
                .ExecuteUpdateAsync(u => u.SetProperty(o => o.ClaimedBy, instance).SetProperty(o => o.ClaimedUntil, until), ct);
            if (won == 1)
            {
                candidate.ClaimedBy = instance;
                candidate.ClaimedUntil = until;
                return candidate;
            }
        }

        return null;
    }

    /// <summary>
    /// Takes up again a message this instance claimed and could not finish because the database went away
    /// (<see cref="OutboxSend"/>): the claim is renewed only while it is still this instance's and the message still
    /// pending, so a message another instance took over after the lease ran out is left to it. False then.
    /// </summary>
    public async Task<bool> ResumeClaimAsync(OutboxMessage message, TimeSpan lease, CancellationToken ct)
    {
        var until = time.GetUtcNow() + lease;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var renewed = await db.Outbox.Where(o => o.Id == message.Id && o.ClaimedBy == message.ClaimedBy && o.State == OutboxState.Pending)
            .ExecuteUpdateAsync(u => u.SetProperty(o => o.ClaimedUntil, until), ct);
        message.ClaimedUntil = until;
        return renewed == 1;
    }

    /// <summary>When the first pending message is due; null when nothing is pending.</summary>
    public async Task<DateTimeOffset?> NextDueAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Outbox.AsNoTracking().Where(o => o.State == OutboxState.Pending)
            .OrderBy(o => o.DueAt).Select(o => (DateTimeOffset?)o.DueAt).FirstOrDefaultAsync(ct);
    }

    /// <summary>Recorded just before a new message is POSTed; see <see cref="OutboxMessage.PostingSince"/>.</summary>
    public Task StartPostingAsync(OutboxMessage message, CancellationToken ct) =>
        UpdateClaimedAsync(message, u => u.SetProperty(o => o.PostingSince, time.GetUtcNow()), ct);

    /// <summary>
    /// A POST got its answer: the placeholder's id (so a retry replaces it rather than posting another) or how many
    /// cards are out, so a retry goes on after them.
    /// </summary>
    public Task PostedAsync(OutboxMessage message, string? activityId, int partsSent, CancellationToken ct) =>
        UpdateClaimedAsync(message, u => u
            .SetProperty(o => o.ActivityId, o => activityId ?? o.ActivityId)
            .SetProperty(o => o.PartsSent, partsSent)
            .SetProperty(o => o.PostingSince, (DateTimeOffset?)null), ct);

    public Task SentAsync(OutboxMessage message, string? activityId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        return UpdateClaimedAsync(message, u => u
            .SetProperty(o => o.State, OutboxState.Sent)
            .SetProperty(o => o.SentAt, now)
            .SetProperty(o => o.ActivityId, o => activityId ?? o.ActivityId)
            .SetProperty(o => o.Attempts, o => o.Attempts + 1)
            .SetProperty(o => o.ClaimedBy, (string?)null)
            .SetProperty(o => o.ClaimedUntil, (DateTimeOffset?)null)
            .SetProperty(o => o.PostingSince, (DateTimeOffset?)null)
            .SetProperty(o => o.PendingKey, (string?)null), ct);
    }

    /// <summary>Teams throttled or failed in a way worth another try: back in the queue, due at <paramref name="due"/>.</summary>
    public Task RetryAtAsync(OutboxMessage message, DateTimeOffset due, string error, CancellationToken ct) =>
        UpdateClaimedAsync(message, u => u
            .SetProperty(o => o.DueAt, due)
            .SetProperty(o => o.LastError, Shorten(error))
            .SetProperty(o => o.Attempts, o => o.Attempts + 1)
            .SetProperty(o => o.ClaimedBy, (string?)null)
            .SetProperty(o => o.ClaimedUntil, (DateTimeOffset?)null)
            .SetProperty(o => o.PostingSince, (DateTimeOffset?)null), ct);

    /// <summary>Gives the message up as <see cref="OutboxState.Failed"/> or <see cref="OutboxState.Uncertain"/>.</summary>
    public Task EndAsync(OutboxMessage message, OutboxState state, string error, CancellationToken ct) =>
        UpdateClaimedAsync(message, u => u
            .SetProperty(o => o.State, state)
            .SetProperty(o => o.LastError, Shorten(error))
            .SetProperty(o => o.Attempts, o => o.Attempts + 1)
            .SetProperty(o => o.ClaimedBy, (string?)null)
            .SetProperty(o => o.ClaimedUntil, (DateTimeOffset?)null)
            .SetProperty(o => o.PostingSince, (DateTimeOffset?)null)
            .SetProperty(o => o.PendingKey, (string?)null), ct);

    public async Task<IReadOnlyList<OutboxMessage>> ListAsync(string sessionId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Outbox.AsNoTracking().Where(o => o.SessionId == sessionId).OrderBy(o => o.Id).ToListAsync(ct);
    }

    /// <summary>How many messages are waiting to be sent (for every conversation).</summary>
    public async Task<int> CountPendingAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Outbox.CountAsync(o => o.State == OutboxState.Pending, ct);
    }

    /// <summary>Sent messages are kept a day (for the pace and for looking back), then removed.</summary>
    public async Task<int> PruneAsync(TimeSpan keep, CancellationToken ct)
    {
        var before = time.GetUtcNow() - keep;
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Outbox.Where(o => o.State == OutboxState.Sent && o.SentAt < before).ExecuteDeleteAsync(ct);
    }

    /// <summary>
    /// Writes an outcome only while this instance still holds the claim: one whose claim ran out and was taken over
    /// must not overwrite the new holder's result.
    /// </summary>
    private async Task UpdateClaimedAsync(
        OutboxMessage message,
        Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<OutboxMessage>> set,
        CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.Outbox.Where(o => o.Id == message.Id && o.ClaimedBy == message.ClaimedBy).ExecuteUpdateAsync(set, ct);
    }

    private static string Shorten(string error) => error.Length > 1000 ? error[..1000] : error;
}
