using SocialeBasisBot.Programme;
using SocialeBasisBot.Storage;

namespace SocialeBasisBot.Sessions;

/// <summary>
/// The port through which the edge's outbox worker takes what to send and reports how it went; Core keeps the
/// records (<see cref="OutboxStore"/>) and says what a message is about. The edge only renders and sends.
/// </summary>
public sealed class Outgoing(OutboxStore outbox, SessionStore sessions, ProgrammeCatalog programmes, TimeProvider time)
{
    public Task<OutboxMessage?> ClaimNextAsync(string instance, TimeSpan lease, IReadOnlyList<OutboxRate> rates, CancellationToken ct) =>
        outbox.ClaimNextAsync(instance, lease, rates, ct);

    public Task<bool> ResumeClaimAsync(OutboxMessage message, TimeSpan lease, CancellationToken ct) =>
        outbox.ResumeClaimAsync(message, lease, ct);

    /// <summary>
    /// How long to wait before looking again: until the first pending message is due, at least <paramref name="least"/>
    /// (a message held back by its chat's rate may go soon) and at most <paramref name="poll"/>, since another
    /// instance may queue something.
    /// </summary>
    public async Task<TimeSpan> NextLookAsync(TimeSpan least, TimeSpan poll, CancellationToken ct)
    {
        var due = await outbox.NextDueAsync(ct);
        if (due is null)
        {
            return poll;
        }

        var until = due.Value - time.GetUtcNow();
        return until < least ? least : until > poll ? poll : until;
    }

    /// <summary>The session and programme a summary is about; null when either is gone.</summary>
    public async Task<(Session Session, WebinarProgramme Programme)?> SummaryOfAsync(OutboxMessage message, CancellationToken ct) =>
        await sessions.FindSessionAsync(message.SessionId, ct) is { ConversationReference: not null } session
        && programmes.Find(session.ProgrammeId) is { } programme
            ? (session, programme)
            : null;

    /// <summary>Removes messages sent more than <paramref name="keep"/> ago.</summary>
    public Task<int> PruneAsync(TimeSpan keep, CancellationToken ct) => outbox.PruneAsync(keep, ct);

    public Task StartPostingAsync(OutboxMessage message, CancellationToken ct) => outbox.StartPostingAsync(message, ct);

    public Task PostedAsync(OutboxMessage message, string? activityId, int partsSent, CancellationToken ct) =>
        outbox.PostedAsync(message, activityId, partsSent, ct);

    public Task SentAsync(OutboxMessage message, string? activityId, CancellationToken ct) => outbox.SentAsync(message, activityId, ct);

    public Task RetryAtAsync(OutboxMessage message, DateTimeOffset due, string error, CancellationToken ct) =>
        outbox.RetryAtAsync(message, due, error, ct);

    public Task EndAsync(OutboxMessage message, OutboxState state, string error, CancellationToken ct) =>
        outbox.EndAsync(message, state, error, ct);
}
