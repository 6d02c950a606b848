using System.Collections.Concurrent;
using System.Globalization;
using SocialeBasisBot.Exports;
using SocialeBasisBot.Programme;
using SocialeBasisBot.Programme.Kinds;
using SocialeBasisBot.Sessions;
using SocialeBasisBot.Storage;

namespace SocialeBasisBot.Summaries;

/// <summary>
/// Summaries and export input of stored sessions: the summarizers fed from storage. A session summary is kept until
/// its answers or progress change, so four downloads of one export do not run the theme engine four times (and show
/// the same themes as the chat did).
/// </summary>
public sealed class SessionReports(
    SessionStore store,
    ProgrammeCatalog programmes,
    QuestionSummarizer questions,
    SessionSummarizer sessions)
{
    private readonly ConcurrentDictionary<string, (string Version, SessionSummary Summary)> summaries = new(StringComparer.Ordinal);

    /// <summary>The summary a closed question asked for: themes for an open question, counts for a poll.</summary>
    public async Task<ItemSummary> SummarizeAsync(SummaryRequest request, CancellationToken ct)
    {
        using var timing = Telemetry.BotTelemetry.Summary("question");
        var answers = await store.ListAnswersAsync(request.Session.Id, request.Item.Id, ct);
        var input = new ItemSummaryInput(Programme(request.Session), request.Item, answers, questions);
        return await request.Item.Descriptor.SummarizeAsync(input, ct)
            ?? throw new InvalidOperationException($"Item '{request.Item.Id}' takes no answers, so it has no summary.");
    }

    public async Task<SessionSummary> SummarizeSessionAsync(Session session, CancellationToken ct)
    {
        using var timing = Telemetry.BotTelemetry.Summary("session");
        var answers = await store.ListAnswersAsync(session.Id, null, ct);
        return await SummarizeAsync(Programme(session), session, answers, ct);
    }

    /// <summary>Everything the exporter needs for one session; null when the session does not exist.</summary>
    public async Task<SessionExportInput?> ExportInputAsync(string sessionId, CancellationToken ct)
    {
        var session = await store.FindSessionAsync(sessionId, ct);
        return session is null ? null : await ExportInputAsync(session, ct);
    }

    /// <summary>As <see cref="ExportInputAsync(string, CancellationToken)"/> for a session the caller has read already.</summary>
    public async Task<SessionExportInput?> ExportInputAsync(Session session, CancellationToken ct)
    {
        if (programmes.Find(session.ProgrammeId) is not { } programme)
        {
            return null;
        }

        var answers = await store.ListAnswersAsync(session.Id, null, ct);
        return new SessionExportInput
        {
            Programme = programme,
            Session = session,
            Answers = answers,
            Summary = await SummarizeAsync(programme, session, answers, ct),
        };
    }

    private async Task<SessionSummary> SummarizeAsync(
        WebinarProgramme programme, Session session, IReadOnlyList<Answers.Answer> answers, CancellationToken ct)
    {
        // What changes a summary: progress through the programme, new answers, edits, deletes and undeletes.
        var version = string.Create(CultureInfo.InvariantCulture,
            $"{session.CurrentItemIndex}|{session.State}|{answers.Count}|{answers.Select(a => a.Id).DefaultIfEmpty().Max()}|{answers.Max(a => a.EditedAt)}|{answers.Count(a => a.IsRetracted)}");
        if (summaries.TryGetValue(session.Id, out var cached) && cached.Version == version)
        {
            return cached.Summary;
        }

        var summary = await sessions.SummarizeAsync(programme, session, answers, ct);
        summaries[session.Id] = (version, summary);
        return summary;
    }

    private WebinarProgramme Programme(Session session) =>
        programmes.Find(session.ProgrammeId)
        ?? throw new InvalidOperationException($"Programme '{session.ProgrammeId}' of session {session.Id} is not loaded.");
}
