using Microsoft.EntityFrameworkCore;
using SocialeBasisBot.Sessions;

namespace SocialeBasisBot.Storage;

/// <summary>
/// What an answer batch checks before it inserts, in one query and one round trip: which of its sessions still have a
/// question open, and which of its messages each of those has stored already. Compiled once: it runs for every batch,
/// and EF Core's per-call query cache lookup was part of each commit's cost (issue 8, profiled on PostgreSQL).
/// </summary>
internal static class AnswerBatchCheck
{
    // One compiled query per context type: each provider's context has its own model (and SQL), and a compiled query
    // keeps the first model it ran with; the tests run both providers in one process.
    private static readonly Func<PostgresSocialeBasisDbContext, List<string>, List<string>, IAsyncEnumerable<OpenSession>> OnPostgres =
        Compile<PostgresSocialeBasisDbContext>();

    private static readonly Func<SqliteSocialeBasisDbContext, List<string>, List<string>, IAsyncEnumerable<OpenSession>> OnSqlite =
        Compile<SqliteSocialeBasisDbContext>();

    /// <summary>The open (session, question) pairs, and the (session, message) pairs stored already in those sessions.</summary>
    public static async Task<(HashSet<(string SessionId, string ItemId)> Open, HashSet<(string SessionId, string MessageId)> Seen)> RunAsync(
        SocialeBasisDbContext db, List<string> sessionIds, List<string> messageIds, CancellationToken ct)
    {
        var open = new HashSet<(string, string)>();
        var seen = new HashSet<(string, string)>();
        var query = db switch
        {
            PostgresSocialeBasisDbContext postgres => OnPostgres(postgres, sessionIds, messageIds),
            SqliteSocialeBasisDbContext sqlite => OnSqlite(sqlite, sessionIds, messageIds),
            _ => throw new ArgumentException($"No compiled answer check for {db.GetType().Name}.", nameof(db)),
        };
        await foreach (var session in query.WithCancellation(ct))
        {
            open.Add((session.Id, session.OpenItemId));
            seen.UnionWith(session.Stored.Select(m => (session.Id, m)));
        }

        return (open, seen);
    }

    private static Func<TContext, List<string>, List<string>, IAsyncEnumerable<OpenSession>> Compile<TContext>()
        where TContext : SocialeBasisDbContext =>
        EF.CompileAsyncQuery((TContext db, List<string> sessionIds, List<string> messageIds) =>
            db.Sessions.AsNoTracking()
                .Where(s => sessionIds.Contains(s.Id) && s.State == SessionState.Running && s.OpenItemId != null)
                .Select(s => new OpenSession(
                    s.Id,
                    s.OpenItemId!,
                    // The session list again here puts both columns of the (SessionId, SourceMessageId) index in the
                    // joined subquery; without it the subquery reads every answer with one of these message ids.
                    db.Answers.Where(a => sessionIds.Contains(a.SessionId) && a.SessionId == s.Id && messageIds.Contains(a.SourceMessageId))
                        .Select(a => a.SourceMessageId).ToList())));

    private sealed record OpenSession(string Id, string OpenItemId, List<string> Stored);
}
