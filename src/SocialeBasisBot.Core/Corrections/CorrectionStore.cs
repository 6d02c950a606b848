using Microsoft.EntityFrameworkCore;
using SocialeBasisBot.Storage;

namespace SocialeBasisBot.Corrections;

/// <summary>Reads and writes theme corrections and which message carries a question's summary card.</summary>
public sealed class CorrectionStore(IDbContextFactory<SocialeBasisDbContext> contexts, OutboxSignal outboxSignal)
{
    /// <summary>The corrections of a session (of one question, with <paramref name="itemId"/>), oldest first.</summary>
    public async Task<IReadOnlyList<ThemeCorrection>> ListAsync(string sessionId, string? itemId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var query = db.ThemeCorrections.AsNoTracking().Where(c => c.SessionId == sessionId);
        if (itemId is not null)
        {
            query = query.Where(c => c.ItemId == itemId);
        }

        return await query.OrderBy(c => c.Id).ToListAsync(ct);
    }

    /// <summary>The newest correction's id in a session, 0 when none: corrections are only added, so it changes with each.</summary>
    public async Task<long> LatestIdAsync(string sessionId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.ThemeCorrections.Where(c => c.SessionId == sessionId).MaxAsync(c => (long?)c.Id, ct) ?? 0;
    }

    /// <summary>The Teams ids of everyone who corrected themes in a session, first corrector first.</summary>
    public async Task<IReadOnlyList<string>> CorrectorsAsync(string sessionId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var ids = await db.ThemeCorrections.AsNoTracking()
            .Where(c => c.SessionId == sessionId && c.ByTeamsId != null)
            .OrderBy(c => c.Id)
            .Select(c => c.ByTeamsId!)
            .ToListAsync(ct);
        return [.. ids.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Stores a correction together with the update of the posted summary card it causes, in one transaction.</summary>
    public async Task AddAsync(ThemeCorrection correction, IReadOnlyList<OutboxMessage> outbox, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.ThemeCorrections.Add(correction);
        db.Outbox.AddRange(outbox);
        await db.SaveChangesAsync(ct);
        if (outbox.Count > 0)
        {
            outboxSignal.Wake();
        }
    }

    /// <summary>Records the message that now carries the question's summary card (the latest one posted).</summary>
    public async Task SavePostedSummaryAsync(PostedSummary posted, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var updated = await db.PostedSummaries
            .Where(p => p.SessionId == posted.SessionId && p.ItemId == posted.ItemId)
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.ActivityId, posted.ActivityId).SetProperty(p => p.PostedAt, posted.PostedAt), ct);
        if (updated == 0)
        {
            db.PostedSummaries.Add(posted);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Another instance recorded a summary of the same question at the same moment: either is the latest.
            }
        }
    }

    /// <summary>
    /// Records part <paramref name="index"/> of the session's overview as it is posted: part 0 replaces what was kept of
    /// an earlier overview, a later part joins the parts before it; a part without an id drops the whole overview (it
    /// could not be updated in order).
    /// </summary>
    public async Task SavePostedOverviewPartAsync(string sessionId, int index, string? activityId, DateTimeOffset at, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var partId = PostedOverview.PartId(index);
        var stale = index == 0 || activityId is null
            ? db.PostedSummaries.Where(p => p.SessionId == sessionId && p.ItemId.StartsWith(PostedOverview.Prefix))
            : db.PostedSummaries.Where(p => p.SessionId == sessionId && p.ItemId == partId);
        await stale.ExecuteDeleteAsync(ct);
        // A later part joins only an unbroken run from part 0: after a part without an id dropped the overview, the
        // parts that follow must not build a shorter one that no update could match.
        if (activityId is not null && (index == 0 || await db.PostedSummaries.AnyAsync(
                p => p.SessionId == sessionId && p.ItemId == PostedOverview.PartId(index - 1), ct)))
        {
            db.PostedSummaries.Add(new PostedSummary { SessionId = sessionId, ItemId = partId, ActivityId = activityId, PostedAt = at });
        }

        try
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another instance recorded this part of an overview of the same session at the same moment: either is the latest.
        }
    }

    /// <summary>The messages of the session's latest posted overview, in order; empty when none was posted.</summary>
    public async Task<IReadOnlyList<string>> PostedOverviewAsync(string sessionId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var parts = await db.PostedSummaries.AsNoTracking()
            .Where(p => p.SessionId == sessionId && p.ItemId.StartsWith(PostedOverview.Prefix))
            .ToListAsync(ct);
        return [.. parts.OrderBy(p => PostedOverview.Index(p.ItemId)).Select(p => p.ActivityId)];
    }

    public async Task<PostedSummary?> FindPostedSummaryAsync(string sessionId, string itemId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.PostedSummaries.AsNoTracking().FirstOrDefaultAsync(p => p.SessionId == sessionId && p.ItemId == itemId, ct);
    }
}
