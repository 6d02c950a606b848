using Microsoft.EntityFrameworkCore;
using SocialeBasisBot.Answers;

namespace SocialeBasisBot.Storage;

/// <summary>Stores one new answer, once per message: shared by <see cref="SessionStore"/> and <see cref="TurnStore"/>.</summary>
internal static class AnswerInserts
{
    /// <summary>Adds the answer (and what is said about it); false, and nothing saved, when the message was stored before.</summary>
    public static async Task<bool> TryAddAsync(SocialeBasisDbContext db, Answer answer, IReadOnlyList<OutboxMessage> outbox, CancellationToken ct)
    {
        if (await db.Answers.AnyAsync(a => a.SessionId == answer.SessionId && a.SourceMessageId == answer.SourceMessageId, ct))
        {
            return false;
        }

        db.Answers.Add(answer);
        db.Outbox.AddRange(outbox);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            // Two deliveries of the same message raced past the check; the unique index kept one.
            if (await db.Answers.AsNoTracking().AnyAsync(a => a.SessionId == answer.SessionId && a.SourceMessageId == answer.SourceMessageId, ct))
            {
                return false;
            }

            throw;
        }
    }
}
