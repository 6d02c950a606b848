using Microsoft.EntityFrameworkCore;
using SocialeBasisBot.Sessions;
using SocialeBasisBot.Storage;

namespace SocialeBasisBot.Meetings;

/// <summary>
/// Whether a Teams meeting runs in a chat (from the meetingStart and meetingEnd events it stored) and whether a
/// question's in-meeting notification may go out: only while its meeting runs and the question is open, and once per
/// question, decided by the database (<see cref="MeetingNotice"/>'s key), so two instances send it once.
/// </summary>
public sealed class MeetingNotices(IDbContextFactory<SocialeBasisDbContext> contexts, TimeProvider time)
{
    /// <summary>
    /// A start with no end after this long is taken as a missed meetingEnd: Teams meetings last at most 30 hours
    /// ("Limits and specifications for Microsoft Teams").
    /// </summary>
    public static readonly TimeSpan LongestMeeting = TimeSpan.FromHours(30);

    /// <param name="at">The event's start time; the clock's now when Teams sent none.</param>
    public Task StartedAsync(string conversationId, DateTimeOffset? at, CancellationToken ct) =>
        RecordAsync(conversationId, m => m.StartedAt = Later(m.StartedAt, at ?? time.GetUtcNow()), ct);

    /// <param name="at">The event's end time; the clock's now when Teams sent none.</param>
    public Task EndedAsync(string conversationId, DateTimeOffset? at, CancellationToken ct) =>
        RecordAsync(conversationId, m => m.EndedAt = Later(m.EndedAt, at ?? time.GetUtcNow()), ct);

    /// <summary>True when the chat's latest meeting start is later than its latest end (and not older than a meeting lasts).</summary>
    public async Task<bool> IsRunningAsync(string conversationId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return Running(await db.MeetingStates.AsNoTracking().FirstOrDefaultAsync(m => m.ConversationId == conversationId, ct));
    }

    /// <summary>
    /// True when <paramref name="message"/> (a <see cref="OutboxKind.MeetingNotice"/>) is to be sent now: its question is
    /// still open, the chat's meeting runs, and no other message about this question claimed the notification.
    /// </summary>
    public async Task<bool> ClaimAsync(OutboxMessage message, Session session, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(session);
        if (session.State != SessionState.Running || message.ItemId is null
            || !string.Equals(session.OpenItemId, message.ItemId, StringComparison.Ordinal)
            || !await IsRunningAsync(message.ConversationId, ct))
        {
            return false;
        }

        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var claimed = await db.MeetingNotices.AsNoTracking()
                .FirstOrDefaultAsync(n => n.SessionId == session.Id && n.ItemId == message.ItemId, ct);
            if (claimed is not null)
            {
                return claimed.OutboxMessageId == message.Id;
            }

            db.MeetingNotices.Add(new MeetingNotice
            {
                SessionId = session.Id, ItemId = message.ItemId, OutboxMessageId = message.Id, ClaimedAt = time.GetUtcNow(),
            });
            try
            {
                await db.SaveChangesAsync(ct);
                return true;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Another instance claimed it at the same moment: the next look says whose it is.
            }
        }
    }

    private bool Running(MeetingState? meeting) =>
        meeting?.StartedAt is { } started
        && (meeting.EndedAt is not { } ended || ended < started)
        && time.GetUtcNow() - started < LongestMeeting;

    private static DateTimeOffset Later(DateTimeOffset? stored, DateTimeOffset at) => stored is { } s && s > at ? s : at;

    /// <summary>Keeps the latest start and the latest end, so events that arrive late or twice change nothing.</summary>
    private async Task RecordAsync(string conversationId, Action<MeetingState> change, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var meeting = await db.MeetingStates.FirstOrDefaultAsync(m => m.ConversationId == conversationId, ct);
            if (meeting is null)
            {
                meeting = new MeetingState { ConversationId = conversationId };
                db.MeetingStates.Add(meeting);
            }

            change(meeting);
            try
            {
                await db.SaveChangesAsync(ct);
                return;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Two instances got the first event of this chat at once: the row is there now, so update it.
            }
        }
    }
}
