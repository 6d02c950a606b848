using Microsoft.EntityFrameworkCore;
using SocialeBasisBot.Answers;
using SocialeBasisBot.Sessions;

namespace SocialeBasisBot.Storage;

/// <summary>
/// All reads and writes of sessions and answers. Each call uses its own short-lived DbContext because many
/// participants answer at the same moment and turns run concurrently.
/// </summary>
public sealed class SessionStore(
    IDbContextFactory<SocialeBasisDbContext> contexts, OutboxSignal outboxSignal, OpenQuestionCache openQuestions, TimeProvider time)
{
    public async Task<Session?> FindRunningSessionAsync(string conversationId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Sessions.AsNoTracking()
            .Where(s => s.ConversationId == conversationId && s.State == SessionState.Running)
            .OrderByDescending(s => s.StartedAt)
            .FirstOrDefaultAsync(ct);
    }

    /// <summary>
    /// The chat's running session for an incoming answer: from <see cref="OpenQuestionCache"/> when it holds one with
    /// an open question (<c>Cached</c> true: it may be out of date), else read (and remembered).
    /// </summary>
    public async Task<(Session? Session, bool Cached)> FindSessionForAnswerAsync(string conversationId, CancellationToken ct)
    {
        if (openQuestions.Find(conversationId) is { } cached)
        {
            return (cached, true);
        }

        var session = await FindRunningSessionAsync(conversationId, ct);
        if (session is not null)
        {
            openQuestions.Remember(session);
        }

        return (session, false);
    }

    /// <summary>Drops the chat's cached session (see <see cref="OpenQuestionCache"/>).</summary>
    public void ForgetCachedSession(string conversationId) => openQuestions.Forget(conversationId);

    public async Task<Session?> FindSessionAsync(string sessionId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Sessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId, ct);
    }

    public async Task<Session?> FindLatestSessionAsync(string conversationId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Sessions.AsNoTracking()
            .Where(s => s.ConversationId == conversationId)
            .OrderByDescending(s => s.StartedAt)
            .FirstOrDefaultAsync(ct);
    }

    /// <summary>The newest session, in any conversation, that this person started.</summary>
    public async Task<Session?> FindLatestSessionStartedByAsync(string participantId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Sessions.AsNoTracking()
            .Where(s => s.StartedById == participantId)
            .OrderByDescending(s => s.StartedAt)
            .FirstOrDefaultAsync(ct);
    }

    /// <summary>Running sessions whose question timer has a reminder or a close due at <paramref name="now"/>.</summary>
    public async Task<IReadOnlyList<Session>> ListTimersDueAsync(DateTimeOffset now, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Sessions.AsNoTracking()
            .Where(s => s.State == SessionState.Running && s.TimerItemId != null && (s.ClosesAt <= now || s.RemindAt <= now))
            .ToListAsync(ct);
    }

    public async Task<IReadOnlyList<Session>> ListRunningSessionsAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Sessions.AsNoTracking().Where(s => s.State == SessionState.Running).ToListAsync(ct);
    }

    /// <summary>Adds a running session; false when the chat has one already (another instance started it first).</summary>
    public async Task<bool> AddSessionAsync(Session session, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.Sessions.Add(session);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException) when (session.State == SessionState.Running)
        {
            if (await FindRunningSessionAsync(session.ConversationId, ct) is { } running && running.Id != session.Id)
            {
                return false;
            }

            throw;
        }
    }

    /// <summary>
    /// Saves a change to the session, only if nobody saved one since it was read (its <see cref="Session.Version"/>);
    /// otherwise throws <see cref="DbUpdateConcurrencyException"/> and saves nothing.
    /// </summary>
    public Task UpdateSessionAsync(Session session, CancellationToken ct) => UpdateSessionAsync(session, [], ct);

    /// <summary>
    /// Saves the session together with what it must now send, in one transaction: a closed question is never left
    /// without its summary queued, and a summary is never queued for a change that did not happen (or was refused
    /// because another instance changed the session first).
    /// </summary>
    public async Task UpdateSessionAsync(Session session, IReadOnlyList<OutboxMessage> outbox, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var entry = db.Sessions.Attach(session);
        entry.State = EntityState.Modified;
        entry.Property(s => s.Version).OriginalValue = session.Version;
        entry.Property(s => s.Version).CurrentValue = session.Version + 1;
        db.Outbox.AddRange(outbox);
        await db.SaveChangesAsync(ct);
        openQuestions.Forget(session.ConversationId);
        if (outbox.Count > 0)
        {
            outboxSignal.Wake();
        }
    }

    /// <summary>Stores a new answer; false when the same message was stored before (duplicate delivery).</summary>
    public async Task<bool> TryAddAnswerAsync(Answer answer, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await AnswerInserts.TryAddAsync(db, answer, [], ct);
    }

    /// <summary>The answer carried by a message in a conversation (newest session first), with its session.</summary>
    public async Task<(Answer Answer, Session Session)?> FindAnswerByMessageAsync(
        string conversationId, string messageId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var found = await (
            from a in db.Answers.AsNoTracking()
            join s in db.Sessions.AsNoTracking() on a.SessionId equals s.Id
            where s.ConversationId == conversationId && a.SourceMessageId == messageId
            orderby s.StartedAt descending
            select new { a, s }).FirstOrDefaultAsync(ct);
        return found is null ? null : (found.a, found.s);
    }

    public async Task UpdateAnswerAsync(Answer answer, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.Answers.Update(answer);
        await db.SaveChangesAsync(ct);
    }

    public async Task<IReadOnlyList<Answer>> ListAnswersAsync(string sessionId, string? itemId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await AnswersOf(db, sessionId, itemId).OrderBy(a => a.Id).ToListAsync(ct);
    }

    /// <summary>One question's answers newest first, <paramref name="take"/> of them older than <paramref name="beforeId"/> (null: the newest).</summary>
    public async Task<IReadOnlyList<Answer>> ListNewestAnswersAsync(string sessionId, string itemId, long? beforeId, int take, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var query = AnswersOf(db, sessionId, itemId);
        if (beforeId is { } before)
        {
            query = query.Where(a => a.Id < before);
        }

        return await query.OrderByDescending(a => a.Id).Take(take).ToListAsync(ct);
    }

    /// <summary>
    /// The <see cref="AnswerSetVersion"/> of one question's answers (or with no <paramref name="itemId"/> the session's)
    /// and how many count, from three small columns instead of whole answers: the wall asks every second while
    /// thousands of answers arrive, and reading their texts each time cost answer intake a third of its rate.
    /// </summary>
    public async Task<(string Version, int Counted)> AnswerVersionAsync(string sessionId, string? itemId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var marks = await AnswersOf(db, sessionId, itemId).Select(a => new { a.Id, a.EditedAt, Retracted = a.RetractedAt != null }).ToListAsync(ct);
        var retracted = marks.Count(m => m.Retracted);
        var version = AnswerSetVersion.Of(marks.Count, marks.Select(m => m.Id).DefaultIfEmpty().Max(), marks.Max(m => m.EditedAt), retracted);
        return (version, marks.Count - retracted);
    }

    /// <summary>A session's answers, read only; with an <paramref name="itemId"/> only that question's.</summary>
    private static IQueryable<Answer> AnswersOf(SocialeBasisDbContext db, string sessionId, string? itemId)
    {
        var query = db.Answers.AsNoTracking().Where(a => a.SessionId == sessionId);
        return itemId is null ? query : query.Where(a => a.ItemId == itemId);
    }

    /// <summary>Answers that count (not retracted) to one question, or with no <paramref name="itemId"/> the session.</summary>
    public async Task<int> CountAnswersAsync(string sessionId, string? itemId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Answers.CountAsync(
            a => a.SessionId == sessionId && (itemId == null || a.ItemId == itemId) && a.RetractedAt == null, ct);
    }

    /// <summary>Answers that count to a question and how many people gave them, without reading the answers.</summary>
    public async Task<(int Answers, int Participants)> CountAnswersAndParticipantsAsync(string sessionId, string itemId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var counted = db.Answers.Where(a => a.SessionId == sessionId && a.ItemId == itemId && a.RetractedAt == null);
        return (await counted.CountAsync(ct), await counted.Select(a => a.ParticipantId).Distinct().CountAsync(ct));
    }

    public async Task SavePostedCardAsync(PostedCard card, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var existing = await db.PostedCards.FindAsync([card.SessionId, card.ItemId], ct);
        if (existing is null)
        {
            db.PostedCards.Add(card);
        }
        else
        {
            existing.ActivityId = card.ActivityId;
            existing.PostedAt = card.PostedAt;
            existing.ShownCount = card.ShownCount;
        }

        await db.SaveChangesAsync(ct);
    }

    public async Task<PostedCard?> FindPostedCardAsync(string sessionId, string itemId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.PostedCards.AsNoTracking()
            .FirstOrDefaultAsync(p => p.SessionId == sessionId && p.ItemId == itemId, ct);
    }

    public async Task<PostedCard?> FindPostedCardByActivityAsync(string sessionId, string activityId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.PostedCards.AsNoTracking()
            .FirstOrDefaultAsync(p => p.SessionId == sessionId && p.ActivityId == activityId, ct);
    }

    public async Task SetShownCountAsync(string sessionId, string itemId, int count, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.PostedCards.Where(p => p.SessionId == sessionId && p.ItemId == itemId)
            .ExecuteUpdateAsync(u => u.SetProperty(p => p.ShownCount, count), ct);
    }

    /// <summary>Marks a message as handled; false when it was handled before.</summary>
    public async Task<bool> TryMarkProcessedAsync(string conversationId, string messageId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.ProcessedMessages.AnyAsync(p => p.ConversationId == conversationId && p.MessageId == messageId, ct))
        {
            return false;
        }

        db.ProcessedMessages.Add(new ProcessedMessage
        {
            ConversationId = conversationId,
            MessageId = messageId,
            ProcessedAt = time.GetUtcNow(),
        });
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
    }

    public async Task<bool> CanConnectAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Database.CanConnectAsync(ct);
    }
}
