using System.Collections.Concurrent;
using System.Globalization;
using SocialeBasisBot.Corrections;
using SocialeBasisBot.Exports;
using SocialeBasisBot.Programme;
using SocialeBasisBot.Programme.Kinds;
using SocialeBasisBot.Sessions;
using SocialeBasisBot.Storage;

namespace SocialeBasisBot.Summaries;

/// <summary>
/// Summaries and export input of stored sessions: the summarizers fed from storage, with the facilitator's theme
/// corrections applied on top. The engine's summaries are kept until the answers or progress change, so four downloads
/// of one export, or five corrections in a row, do not run the theme engine again (and show the same themes as the
/// chat did); corrections are read fresh every time, since they change without the answers changing.
/// </summary>
public sealed class SessionReports(
    SessionStore store,
    CorrectionStore corrections,
    ProgrammeCatalog programmes,
    QuestionSummarizer questions,
    SessionSummarizer sessions) : Privacy.ISessionCache
{
    private readonly ConcurrentDictionary<string, (string Version, SessionSummary Summary)> summaries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Session, string Item), (string Version, ItemSummary Summary)> items = new();

    /// <summary>The summary a closed question asked for: themes for an open question (corrected), counts for a poll.</summary>
    public async Task<ItemSummary> SummarizeAsync(SummaryRequest request, CancellationToken ct)
    {
        using var timing = Telemetry.BotTelemetry.Summary("question");
        var answers = await store.ListAnswersAsync(request.Session.Id, request.Item.Id, ct);
        return await SummarizeAsync(request, answers, cache: true, ct);
    }

    /// <summary>
    /// Themes of the newest <paramref name="most"/> answers only, for a live view while the question is open. Not kept:
    /// the cache holds summaries of all answers, which `sluit`, `samenvatting` and the exports read.
    /// </summary>
    /// <param name="usable">Which answers may be themed now (the wall: those the engine embedded already); null: all.</param>
    public async Task<ItemSummary> SummarizeNewestAsync(SummaryRequest request, int most, CancellationToken ct, Func<Answers.Answer, bool>? usable = null)
    {
        using var timing = Telemetry.BotTelemetry.Summary("question-newest");
        // Newest first, a page at a time: with tens of thousands of answers the wall needs the newest few hundred it
        // may use, not every answer's text each round (that read kept answer intake below its figure with the wall open).
        var page = await store.ListNewestAnswersAsync(request.Session.Id, request.Item.Id, null, most + 1, ct);
        if (page.Count <= most)
        {
            List<Answers.Answer> all = [.. page.OrderBy(a => a.Id)];
            var usableNow = usable is null ? all : [.. all.Where(usable)];
            return await SummarizeAsync(request, usableNow, cache: usableNow.Count == all.Count, ct);
        }

        var chosen = new List<Answers.Answer>(most);
        for (var pages = 1; ; pages++)
        {
            foreach (var answer in page)
            {
                if (chosen.Count == most) break;
                // A withdrawn answer is themed by nobody; taking a place among the newest it would make the wall's
                // themes look short of answers for ever, and theme again every interval.
                if (!answer.IsRetracted && (usable is null || usable(answer))) chosen.Add(answer);
            }

            // Bounded: an instance far behind with embedding themes what it found rather than read the whole question.
            if (chosen.Count == most || page.Count < most || pages == NewestPagesRead) break;
            page = await store.ListNewestAnswersAsync(request.Session.Id, request.Item.Id, page[^1].Id, most, ct);
        }

        return await SummarizeAsync(request, [.. chosen.OrderBy(a => a.Id)], cache: false, ct);
    }

    /// <summary>Pages of <c>most</c> answers <see cref="SummarizeNewestAsync"/> reads at most looking for usable ones.</summary>
    private const int NewestPagesRead = 20;

    /// <summary>
    /// The item's summary of exactly these answers with the facilitator's corrections on top. Only a summary of all
    /// the item's answers may be cached (<paramref name="cache"/>): its version names all answers.
    /// </summary>
    private async Task<ItemSummary> SummarizeAsync(SummaryRequest request, IReadOnlyList<Answers.Answer> answers, bool cache, CancellationToken ct)
    {
        var key = (request.Session.Id, request.Item.Id);
        var version = Version(request.Session, answers);
        ItemSummary summary;
        if (cache && items.TryGetValue(key, out var cached) && cached.Version == version)
        {
            summary = cached.Summary;
        }
        else
        {
            var input = new ItemSummaryInput(Programme(request.Session), request.Item, answers, questions);
            summary = await request.Item.Descriptor.SummarizeAsync(input, ct)
                ?? throw new InvalidOperationException($"Item '{request.Item.Id}' takes no answers, so it has no summary.");
            if (cache)
                items[key] = (version, summary);
        }

        return summary is QuestionSummary question
            ? ThemeCorrector.Apply(question, await corrections.ListAsync(request.Session.Id, request.Item.Id, ct), answers)
            : summary;
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

    /// <summary>Forgets what is kept of a session (after it was deleted).</summary>
    public void Forget(string sessionId)
    {
        summaries.TryRemove(sessionId, out _);
        foreach (var key in items.Keys.Where(k => k.Session == sessionId))
        {
            items.TryRemove(key, out _);
        }
    }

    private async Task<SessionSummary> SummarizeAsync(
        WebinarProgramme programme, Session session, IReadOnlyList<Answers.Answer> answers, CancellationToken ct)
    {
        var version = Version(session, answers);
        SessionSummary summary;
        if (summaries.TryGetValue(session.Id, out var cached) && cached.Version == version)
        {
            summary = cached.Summary;
        }
        else
        {
            summary = await sessions.SummarizeAsync(programme, session, answers, ct);
            summaries[session.Id] = (version, summary);
        }

        var corrected = await corrections.ListAsync(session.Id, null, ct);
        return corrected.Count == 0
            ? summary
            : SessionSummarizer.WithQuestions(programme, summary, summary.Questions.Select(q => ThemeCorrector.Apply(q, corrected, answers)).ToList());
    }

    public bool Holds(string sessionId) =>
        summaries.ContainsKey(sessionId) || items.Keys.Any(k => k.Session == sessionId);
    /// <summary>What changes a summary: progress through the programme, new answers, edits, deletes and undeletes.</summary>
    private static string Version(Session session, IReadOnlyList<Answers.Answer> answers) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{session.CurrentItemIndex}|{session.State}|{Answers.AnswerSetVersion.Of(answers)}");

    private WebinarProgramme Programme(Session session) =>
        programmes.Find(session.ProgrammeId)
        ?? throw new InvalidOperationException($"Programme '{session.ProgrammeId}' of session {session.Id} is not loaded.");
}
