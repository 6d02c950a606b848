using Microsoft.EntityFrameworkCore;
using SocialeBasisBot.Answers;
using SocialeBasisBot.Sessions;
using SocialeBasisBot.Storage;

namespace SocialeBasisBot.Privacy;

/// <summary>The reads and deletions behind participants' data rights and retention, each in one short DbContext.</summary>
public sealed class PrivacyStore(IDbContextFactory<SocialeBasisDbContext> contexts)
{
    public async Task<IReadOnlyList<SessionAnswerCount>> CountAnswersOfAsync(string participantId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var counts = await db.Answers.AsNoTracking()
            .Where(a => a.ParticipantId == participantId)
            .GroupBy(a => a.SessionId)
            .Select(g => new { SessionId = g.Key, Answers = g.Count() })
            .ToListAsync(ct);
        var ids = counts.Select(c => c.SessionId).ToList();
        var sessions = await db.Sessions.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        return [.. counts
            .Where(c => sessions.ContainsKey(c.SessionId))
            .Select(c => new SessionAnswerCount(c.SessionId, sessions[c.SessionId].ProgrammeId, sessions[c.SessionId].StartedAt, c.Answers))
            .OrderByDescending(c => c.StartedAt)];
    }

    /// <summary>Sessions the person started: they keep the starter's name and id.</summary>
    public async Task<int> CountSessionsStartedByAsync(string participantId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Sessions.AsNoTracking().CountAsync(s => s.StartedById == participantId, ct);
    }

    public async Task<IReadOnlyList<(Answer Answer, Session Session)>> AnswersOfAsync(string participantId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var answers = await db.Answers.AsNoTracking().Where(a => a.ParticipantId == participantId).ToListAsync(ct);
        var ids = answers.Select(a => a.SessionId).Distinct().ToList();
        var sessions = await db.Sessions.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        return [.. answers.Where(a => sessions.ContainsKey(a.SessionId)).Select(a => (a, sessions[a.SessionId])).OrderBy(p => p.a.ReceivedAt)];
    }

    /// <summary>Removes every answer the participant gave, in every session; the rows go, not only their text.</summary>
    public async Task<DeletionResult> DeleteAnswersOfAsync(string participantId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var sessions = await db.Answers.Where(a => a.ParticipantId == participantId).Select(a => a.SessionId).Distinct().ToListAsync(ct);
        var answers = await db.Answers.Where(a => a.ParticipantId == participantId).ExecuteDeleteAsync(ct);
        return new DeletionResult(sessions.Count, answers, sessions);
    }

    /// <summary>Removes sessions with their answers, cards and queued messages, in one transaction.</summary>
    public async Task<DeletionResult> DeleteSessionsAsync(IReadOnlyCollection<string> sessionIds, CancellationToken ct)
    {
        if (sessionIds.Count == 0)
        {
            return new DeletionResult(0, 0);
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var answers = await db.Answers.Where(a => sessionIds.Contains(a.SessionId)).ExecuteDeleteAsync(ct);
        await db.PostedCards.Where(p => sessionIds.Contains(p.SessionId)).ExecuteDeleteAsync(ct);
        await db.ThemeCorrections.Where(c => sessionIds.Contains(c.SessionId)).ExecuteDeleteAsync(ct);
        await db.PostedSummaries.Where(p => sessionIds.Contains(p.SessionId)).ExecuteDeleteAsync(ct);
        await db.MeetingNotices.Where(n => sessionIds.Contains(n.SessionId)).ExecuteDeleteAsync(ct);
        await db.Outbox.Where(o => sessionIds.Contains(o.SessionId)).ExecuteDeleteAsync(ct);
        var sessions = await db.Sessions.Where(s => sessionIds.Contains(s.Id)).ExecuteDeleteAsync(ct);
        await transaction.CommitAsync(ct);
        return new DeletionResult(sessions, answers, [.. sessionIds]);
    }

    /// <summary>Sessions that ended before <paramref name="cutoff"/>, or started before it and never ended.</summary>
    public async Task<IReadOnlyList<string>> SessionsOlderThanAsync(DateTimeOffset cutoff, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Sessions.AsNoTracking()
            .Where(s => (s.EndedAt != null && s.EndedAt < cutoff) || (s.EndedAt == null && s.StartedAt < cutoff))
            .Select(s => s.Id)
            .ToListAsync(ct);
    }

    /// <summary>
    /// True for exactly one caller per period, over all instances: the job's row is moved on to
    /// <paramref name="next"/> only while it is due, and only the update that changed the row runs the job.
    /// </summary>
    public async Task<bool> TryClaimAsync(string job, DateTimeOffset now, DateTimeOffset next, string instance, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (!await db.ScheduledJobs.AnyAsync(j => j.Name == job, ct))
        {
            db.Add(new ScheduledJob { Name = job, NextRunAt = now });
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Another instance made the row first: fine, the claim below decides.
            }

            db.ChangeTracker.Clear();
        }

        return await db.ScheduledJobs
            .Where(j => j.Name == job && j.NextRunAt <= now)
            .ExecuteUpdateAsync(set => set
                .SetProperty(j => j.NextRunAt, next)
                .SetProperty(j => j.LastRunAt, now)
                .SetProperty(j => j.LastRunBy, instance), ct) == 1;
    }
}
