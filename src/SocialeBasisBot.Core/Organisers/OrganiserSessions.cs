using Microsoft.EntityFrameworkCore;
using SocialeBasisBot.Privacy;
using SocialeBasisBot.Programme;
using SocialeBasisBot.Sessions;
using SocialeBasisBot.Storage;
using SocialeBasisBot.Summaries;

namespace SocialeBasisBot.Organisers;

/// <summary>
/// What the sessions page shows and does, always for one signed-in person and only with sessions
/// <see cref="OrganiserAccess"/> lets them see: a session they may not see is answered as if it did not exist.
/// </summary>
public sealed class OrganiserSessions(
    IDbContextFactory<SocialeBasisDbContext> contexts,
    OrganiserAccess access,
    ProgrammeCatalog programmes,
    SessionReports reports,
    PrivacyService privacy)
{
    /// <summary>The list stops here; older sessions stay in exports and in retention's hands.</summary>
    public const int MaxRows = 200;

    /// <summary>A comparison draws at most this many sessions, the newest.</summary>
    public const int MaxCompared = 8;

    /// <summary>Newest first.</summary>
    public async Task<IReadOnlyList<OrganiserSessionRow>> ListAsync(Organiser who, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await RowsAsync(db, await VisibleAsync(db, who, null, MaxRows, ct), ct);
    }

    /// <summary>The session with its line of the list and its overview (themes per building block); null when it is not there for this person.</summary>
    public async Task<(OrganiserSessionRow Row, Session Session, SessionSummary Summary)?> DetailAsync(Organiser who, string sessionId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(who);
        Session? session;
        OrganiserSessionRow row;
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            session = await db.Sessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId, ct);
            if (session is null || !access.MaySee(who, session) || programmes.Find(session.ProgrammeId) is null)
                return null;
            row = (await RowsAsync(db, [session], ct))[0];
        }

        return (row, session, await reports.SummarizeSessionAsync(session, ct));
    }

    /// <summary>Deletes the session with its answers, as `verwijder sessie` does; null when it is not there for this person.</summary>
    public async Task<DeletionResult?> DeleteAsync(Organiser who, string sessionId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(who);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var session = await db.Sessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId, ct);
        return session is not null && access.MaySee(who, session)
            ? await privacy.DeleteSessionByOrganiserAsync(session.Id, ct)
            : null;
    }

    /// <summary>
    /// The newest <see cref="MaxCompared"/> sessions of a programme this person may see, side by side: per question with
    /// expected themes, how many answers each theme got in each session. Null for an unknown programme.
    /// </summary>
    public async Task<SessionComparison?> CompareAsync(Organiser who, string programmeId, CancellationToken ct)
    {
        if (programmes.Find(programmeId) is not { } programme)
            return null;
        List<Session> sessions;
        IReadOnlyList<OrganiserSessionRow> rows;
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            sessions = [.. (await VisibleAsync(db, who, programme.Id, MaxCompared, ct)).AsEnumerable().Reverse()];
            rows = await RowsAsync(db, sessions, ct);
        }

        var summaries = new List<SessionSummary>();
        foreach (var session in sessions)
        {
            // One at a time: each may run the theme engine (or come from its cache), and one page must not flood it.
            summaries.Add(await reports.SummarizeSessionAsync(session, ct));
        }

        var questions = programme.Items
            .Where(i => i.ExpectedThemes.Count > 0)
            .Select(item => new ComparedQuestion(item.Id, item.Title, [.. item.ExpectedThemes.Select(theme => new ComparedTheme(
                theme.Id,
                theme.Label,
                [.. summaries.Select(s => s.Questions.FirstOrDefault(q => q.ItemId == item.Id)?.DistinctThemes
                    .FirstOrDefault(t => t.Expected && t.Id == theme.Id)?.Count ?? 0)]))]))
            .ToList();
        return new SessionComparison(programme.Id, programme.Title, rows, questions);
    }

    /// <summary>The newest sessions this person may see (of one programme, when given).</summary>
    private async Task<List<Session>> VisibleAsync(SocialeBasisDbContext db, Organiser who, string? programmeId, int take, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(who);
        var wholeTenant = access.SeesWholeTenant(who);
        var query = db.Sessions.AsNoTracking().Where(s =>
            (s.TenantId == who.TenantId && (wholeTenant || s.StartedById == who.ObjectId))
            || (s.TenantId == null && s.StartedById == who.ObjectId));
        if (programmeId is not null)
            query = query.Where(s => s.ProgrammeId == programmeId);
        var sessions = await query.OrderByDescending(s => s.StartedAt).Take(take).ToListAsync(ct);
        // The database compares ids exactly; the access rule (object ids without case) has the last word.
        return [.. sessions.Where(s => access.MaySee(who, s))];
    }

    /// <summary>Lines of the list for these sessions, in their order, with answers and participants counted in one query.</summary>
    private async Task<IReadOnlyList<OrganiserSessionRow>> RowsAsync(SocialeBasisDbContext db, IReadOnlyList<Session> sessions, CancellationToken ct)
    {
        var ids = sessions.Select(s => s.Id).ToList();
        var counts = await db.Answers.AsNoTracking()
            .Where(a => ids.Contains(a.SessionId) && a.RetractedAt == null)
            .GroupBy(a => a.SessionId)
            .Select(g => new { SessionId = g.Key, Answers = g.Count(), Participants = g.Select(a => a.ParticipantId).Distinct().Count() })
            .ToDictionaryAsync(c => c.SessionId, ct);
        return [.. sessions.Select(s => new OrganiserSessionRow(
            s.Id,
            s.StartedAt,
            s.ProgrammeId,
            programmes.Find(s.ProgrammeId)?.Title ?? s.ProgrammeId,
            s.ChatName,
            s.ChatKind,
            s.State,
            counts.TryGetValue(s.Id, out var c) ? c.Answers : 0,
            counts.TryGetValue(s.Id, out var p) ? p.Participants : 0))];
    }
}
