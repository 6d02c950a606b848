using Microsoft.EntityFrameworkCore;
using SocialeBasisBot.Answers;
using SocialeBasisBot.Sessions;

namespace SocialeBasisBot.Storage;

/// <summary>
/// Saves what one turn did in one transaction: the session's change (or the new session), the record that the message
/// was handled, a new answer, and everything the bot must now say (outbox). Either all of it is there after a crash
/// or none of it, so Teams' redelivery runs the turn again rather than finding it half done.
/// </summary>
public sealed class TurnStore(IDbContextFactory<SocialeBasisDbContext> contexts, OutboxSignal signal, TimeProvider time)
{
    /// <summary>
    /// Saves the turn. A session changed by another instance since it was read throws
    /// <see cref="DbUpdateConcurrencyException"/>; a second running session for the chat, or a message handled twice at
    /// the same moment, throws <see cref="DbUpdateException"/> (unique indexes). Nothing is saved then.
    /// </summary>
    public async Task SaveAsync(
        SessionChanged? change, (string ConversationId, string MessageId)? handled, IReadOnlyList<OutboxMessage> outbox, CancellationToken ct)
    {
        if (change is null && handled is null && outbox.Count == 0)
        {
            return;
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        if (change is { Started: true })
        {
            db.Sessions.Add(change.Session);
        }
        else if (change is not null)
        {
            var entry = db.Sessions.Attach(change.Session);
            entry.State = EntityState.Modified;
            entry.Property(s => s.Version).OriginalValue = change.Session.Version;
            entry.Property(s => s.Version).CurrentValue = change.Session.Version + 1;
        }

        if (handled is var (conversationId, messageId))
        {
            db.ProcessedMessages.Add(new ProcessedMessage { ConversationId = conversationId, MessageId = messageId, ProcessedAt = time.GetUtcNow() });
        }

        db.Outbox.AddRange(outbox);
        await db.SaveChangesAsync(ct);
        if (outbox.Count > 0)
        {
            signal.Wake();
        }
    }

    /// <summary>True when this message was handled before (Teams redelivers when a bot is slow).</summary>
    public async Task<bool> WasHandledAsync(string conversationId, string messageId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.ProcessedMessages.AnyAsync(p => p.ConversationId == conversationId && p.MessageId == messageId, ct);
    }

    /// <summary>
    /// Stores a new answer with what the bot says about it (a 1:1 "ontvangen"); false, and nothing saved, when the same
    /// message was stored before (duplicate delivery).
    /// </summary>
    public async Task<bool> AddAnswerAsync(Answer answer, IReadOnlyList<OutboxMessage> outbox, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var exists = await db.Answers.AnyAsync(
            a => a.SessionId == answer.SessionId && a.SourceMessageId == answer.SourceMessageId, ct);
        if (exists)
        {
            return false;
        }

        db.Answers.Add(answer);
        db.Outbox.AddRange(outbox);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two deliveries of the same message raced past the check; the unique index kept one.
            var stored = await db.Answers.AsNoTracking().AnyAsync(
                a => a.SessionId == answer.SessionId && a.SourceMessageId == answer.SourceMessageId, ct);
            if (stored)
            {
                return false;
            }

            throw;
        }

        if (outbox.Count > 0)
        {
            signal.Wake();
        }

        return true;
    }

    /// <summary>Queues messages that go with no change (a refusal, help, status).</summary>
    public Task EnqueueAsync(IReadOnlyList<OutboxMessage> outbox, CancellationToken ct) => SaveAsync(null, null, outbox, ct);
}
