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
    public async Task<IReadOnlyList<OrganiserSessionRow>> ListAsync(Organiser who, string? programmeId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(who);
        var wholeTenant = access.SeesWholeTenant(who);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var query = db.Sessions.AsNoTracking().Where(s =>
            (s.TenantId == who.TenantId && (wholeTenant || s.StartedById == who.ObjectId))
            || (s.TenantId == null && s.StartedById == who.ObjectId));
        if (programmeId is not null)
            query = query.Where(s => s.ProgrammeId == programmeId);
        var sessions = await query.OrderByDescending(s => s.StartedAt).Take(MaxRows).ToListAsync(ct);
        // The database compares ids exactly; the access rule (object ids without case) has the last word.
        sessions = [.. sessions.Where(s => access.MaySee(who, s))];
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

    /// <summary>The session, when it exists and this person may see it; null otherwise (the caller answers 404 either way).</summary>
    public async Task<Session?> FindAsync(Organiser who, string sessionId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(who);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var session = await db.Sessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId, ct);
        return session is not null && access.MaySee(who, session) ? session : null;
    }

    /// <summary>The session's overview (themes per building block), made by the theme engine or taken from its cache.</summary>
    public async Task<SessionSummary?> SummaryAsync(Organiser who, string sessionId, CancellationToken ct) =>
        await FindAsync(who, sessionId, ct) is { } session && programmes.Find(session.ProgrammeId) is not null
            ? await reports.SummarizeSessionAsync(session, ct)
            : null;

    /// <summary>Deletes the session with its answers, as `verwijder sessie` does; null when it is not there for this person.</summary>
    public async Task<DeletionResult?> DeleteAsync(Organiser who, string sessionId, CancellationToken ct) =>
        await FindAsync(who, sessionId, ct) is { } session
            ? await privacy.DeleteSessionByOrganiserAsync(session.Id, ct)
            : null;

    /// <summary>
    /// The newest <see cref="MaxCompared"/> sessions of a programme this person may see, side by side: per question with
    /// expected themes, how many answers each theme got in each session. Null for an unknown programme.
    /// </summary>
    public async Task<SessionComparison?> CompareAsync(Organiser who, string programmeId, CancellationToken ct)
    {
        if (programmes.Find(programmeId) is not { } programme)
            return null;
        var rows = (await ListAsync(who, programme.Id, ct)).Take(MaxCompared).Reverse().ToList();
        var summaries = new List<SessionSummary?>();
        foreach (var row in rows)
        {
            // One at a time: each may run the theme engine, and the engine is not to be flooded by one page.
            summaries.Add(await SummaryAsync(who, row.SessionId, ct));
        }

        var questions = programme.Items
            .Where(i => i.ExpectedThemes.Count > 0)
            .Select(item => new ComparedQuestion(item.Id, item.Title, [.. item.ExpectedThemes.Select(theme => new ComparedTheme(
                theme.Id,
                theme.Label,
                [.. summaries.Select(s => s?.Questions.FirstOrDefault(q => q.ItemId == item.Id)?.DistinctThemes
                    .FirstOrDefault(t => t.Expected && t.Id == theme.Id)?.Count ?? 0)]))]))
            .ToList();
        return new SessionComparison(programme.Id, programme.Title, rows, questions);
    }
}
