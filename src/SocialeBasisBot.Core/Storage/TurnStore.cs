using Microsoft.EntityFrameworkCore;
using Npgsql;
using SocialeBasisBot.Answers;
using SocialeBasisBot.Sessions;

namespace SocialeBasisBot.Storage;

/// <summary>
/// Saves what one turn did in one transaction: the session's change (or the new session), the record that the message
/// was handled, a new answer, and everything the bot must now say (outbox). Either all of it is there after a crash
/// or none of it, so Teams' redelivery runs the turn again rather than finding it half done.
/// </summary>
public sealed class TurnStore(IDbContextFactory<SocialeBasisDbContext> contexts, OutboxSignal signal, OpenQuestionCache openQuestions, TimeProvider time)
{
    /// <summary>
    /// How often an answer batch on PostgreSQL is tried when the server ends it as a deadlock: one deadlock needs one
    /// retry; a third instance racing on the same messages, a second; beyond that it is not passing.
    /// </summary>
    public const int DeadlockAttempts = 3;

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
        // An answer that read the old version just before this commit may still remember it afterwards; its batch then
        // finds the question closed and reads again (OpenQuestionCache).
        Forget(change);
        if (outbox.Count > 0)
        {
            signal.Wake();
        }
    }

    private void Forget(SessionChanged? change)
    {
        if (change is not null)
        {
            openQuestions.Forget(change.Session.ConversationId);
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
        bool added;
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            added = await AnswerInserts.TryAddAsync(db, answer, outbox, ct);
        }

        if (added && outbox.Count > 0)
        {
            signal.Wake();
        }

        return added;
    }

    /// <summary>
    /// Stores several answers (of one conversation, arrived at the same moment) in one transaction: one query that checks
    /// the sessions and looks for duplicates, one insert, one commit (three round trips per batch, not per answer). Per answer: Stored, Duplicate
    /// (the message is stored already, or twice in the batch) or QuestionClosed (its question is no longer open: the
    /// session was read before a `sluit` committed). When another instance stored one of the same messages between
    /// the look and the commit, the unique index refuses the batch and each answer is stored on its own.
    /// </summary>
    public async Task<IReadOnlyList<AnswerOutcome>> AddAnswersAsync(IReadOnlyList<NewAnswer> batch, CancellationToken ct)
    {
        var outcomes = new AnswerOutcome[batch.Count];
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            // Answers with nothing to say back (group chats, meetings, channels: where bursts come from) go to
            // PostgreSQL as one statement; a 1:1 "ontvangen" goes into the outbox in the same transaction, through EF Core.
            if (db is PostgresSocialeBasisDbContext && batch.All(b => b.Replies.Count == 0))
            {
                return await PostgresBatchAsync(db, batch, ct);
            }

            var sessionIds = batch.Select(b => b.Answer.SessionId).Distinct().ToList();
            var messageIds = batch.Select(b => b.Answer.SourceMessageId).Distinct().ToList();
            // The whole batch is rolled back and retried one by one when the commit fails, so a savepoint before the
            // insert (EF Core's default inside a transaction) would only add two round trips per batch.
            db.Database.AutoSavepointsEnabled = false;
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var (open, seen) = await AnswerBatchCheck.RunAsync(db, sessionIds, messageIds, ct);
            for (var i = 0; i < batch.Count; i++)
            {
                var (answer, replies) = batch[i];
                outcomes[i] = !open.Contains((answer.SessionId, answer.ItemId)) ? AnswerOutcome.QuestionClosed
                    : !seen.Add((answer.SessionId, answer.SourceMessageId)) ? AnswerOutcome.Duplicate
                    : AnswerOutcome.Stored;
                if (outcomes[i] == AnswerOutcome.Stored)
                {
                    db.Answers.Add(answer);
                    db.Outbox.AddRange(replies);
                }
            }

            try
            {
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            }
            catch (DbUpdateException)
            {
                await transaction.RollbackAsync(ct);
                return await OneByOneAsync(batch, outcomes, ct);
            }
        }

        if (batch.Where((b, i) => outcomes[i] == AnswerOutcome.Stored).Any(b => b.Replies.Count > 0))
        {
            signal.Wake();
        }

        return outcomes;
    }

    /// <summary>
    /// The batch in one statement (<see cref="PostgresAnswerBatch"/>): a message twice in the batch is sent once (the
    /// later copy is a Duplicate), so every answer sent has its own (session, message).
    /// </summary>
    private static async Task<IReadOnlyList<AnswerOutcome>> PostgresBatchAsync(SocialeBasisDbContext db, IReadOnlyList<NewAnswer> batch, CancellationToken ct)
    {
        var firstCopy = new Dictionary<(string, string), int>();
        var copyOf = new int[batch.Count];
        var sent = new List<int>(batch.Count);
        for (var i = 0; i < batch.Count; i++)
        {
            var answer = batch[i].Answer;
            if (firstCopy.TryAdd((answer.SessionId, answer.SourceMessageId), i))
            {
                sent.Add(i);
            }

            copyOf[i] = firstCopy[(answer.SessionId, answer.SourceMessageId)];
        }

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        Answer[] answers = [.. sent.Select(i => batch[i].Answer)];
        AnswerOutcome[] stored;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                stored = await PostgresAnswerBatch.StoreAsync(connection, answers, ct);
                break;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DeadlockDetected && attempt < DeadlockAttempts)
            {
                // Two instances inserting the same redelivered messages in opposite orders wait on each other's rows, and
                // PostgreSQL ends one statement (nothing of it stored). Run again, the other has committed by then. The
                // last attempt's error goes to the caller, as any failed commit's does (AnswerCommits fails each answer
                // of the batch with it); no endless loop.
            }
        }

        var outcomes = new AnswerOutcome[batch.Count];
        for (var j = 0; j < sent.Count; j++)
        {
            outcomes[sent[j]] = stored[j];
        }

        // A later copy is a duplicate of the first, or closed as the first was (as the EF Core batch decides).
        for (var i = 0; i < batch.Count; i++)
        {
            if (copyOf[i] != i)
            {
                outcomes[i] = outcomes[copyOf[i]] == AnswerOutcome.QuestionClosed ? AnswerOutcome.QuestionClosed : AnswerOutcome.Duplicate;
            }
        }

        return outcomes;
    }

    private async Task<IReadOnlyList<AnswerOutcome>> OneByOneAsync(IReadOnlyList<NewAnswer> batch, AnswerOutcome[] outcomes, CancellationToken ct)
    {
        for (var i = 0; i < batch.Count; i++)
        {
            if (outcomes[i] == AnswerOutcome.Stored)
            {
                // A fresh copy: the failed batch's context may have set the entity's key.
                var answer = batch[i].Answer;
                answer.Id = 0;
                outcomes[i] = await AddAnswerAsync(answer, batch[i].Replies, ct) ? AnswerOutcome.Stored : AnswerOutcome.Duplicate;
            }
        }

        return outcomes;
    }

    /// <summary>Queues messages that go with no change (a refusal, help, status).</summary>
    public Task EnqueueAsync(IReadOnlyList<OutboxMessage> outbox, CancellationToken ct) => SaveAsync(null, null, outbox, ct);
}
