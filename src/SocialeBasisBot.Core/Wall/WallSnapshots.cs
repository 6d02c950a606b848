using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Options;
using SocialeBasisBot.Answers;
using SocialeBasisBot.Programme;
using SocialeBasisBot.Sessions;
using SocialeBasisBot.Storage;
using SocialeBasisBot.Summaries;

namespace SocialeBasisBot.Wall;

/// <summary>
/// Computes what a session's wall shows from storage. Every viewer of one session shares one read per
/// <see cref="WallOptions.RefreshInterval"/>: the first caller after the interval starts the read and the others
/// await the same task (no lock held across the database call). Reading storage rather than listening to this
/// process's intake keeps the wall right when several instances share one database.
/// </summary>
public sealed class WallSnapshots(
    SessionStore store,
    ProgrammeCatalog programmes,
    WallThemes themes,
    Corrections.CorrectionStore corrections,
    IOptions<WallOptions> options,
    Exports.SessionExporter exporter,
    TimeProvider time) : Privacy.ISessionCache
{
    private readonly ConcurrentDictionary<string, (DateTimeOffset At, Task<WallView?> View)> recent = new(StringComparer.Ordinal);
    private long lastSweepTicks;

    /// <summary>Sessions whose latest read this process keeps (the walls watched within <see cref="WallOptions.ForgetAfter"/>).</summary>
    public int SessionsHeld => recent.Count;

    /// <summary>The wall of a session as it is now (at most one refresh interval old); null when there is no such session.</summary>
    public Task<WallView?> GetAsync(string sessionId, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(sessionId);
        var now = time.GetUtcNow();
        if (recent.TryGetValue(sessionId, out var cached) && now - cached.At < options.Value.RefreshInterval && !cached.View.IsFaulted)
            return cached.View.WaitAsync(ct);

        // Not the caller's token: other viewers await this read too.
        var read = BuildAsync(sessionId, CancellationToken.None);
        recent[sessionId] = (now, read);
        _ = ForgetIfGoneAsync(sessionId, now, read);
        Sweep(now);
        return read.WaitAsync(ct);
    }

    /// <summary>A session that is gone (`verwijder sessie`, retention) leaves nothing in memory.</summary>
    private async Task ForgetIfGoneAsync(string sessionId, DateTimeOffset at, Task<WallView?> read)
    {
        var gone = await read.ContinueWith(t => t.IsCompletedSuccessfully && t.Result is null, CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default).ConfigureAwait(false);
        if (gone && recent.TryRemove(new KeyValuePair<string, (DateTimeOffset, Task<WallView?>)>(sessionId, (at, read))))
            themes.Forget(sessionId);
    }

    /// <summary>
    /// Drops the sessions nobody watched for <see cref="WallOptions.ForgetAfter"/>, at most a few times per that
    /// period and only when some wall is read (a stopped or deleted session's wall stops being read).
    /// </summary>
    private void Sweep(DateTimeOffset now)
    {
        var forgetAfter = options.Value.ForgetAfter;
        var last = Interlocked.Read(ref lastSweepTicks);
        if (now.UtcTicks - last < forgetAfter.Ticks / 4 || Interlocked.CompareExchange(ref lastSweepTicks, now.UtcTicks, last) != last)
            return;
        foreach (var (sessionId, entry) in recent)
        {
            if (now - entry.At >= forgetAfter && recent.TryRemove(new KeyValuePair<string, (DateTimeOffset, Task<WallView?>)>(sessionId, entry)))
                themes.Forget(sessionId);
        }
    }

    public void Forget(string sessionId) => recent.TryRemove(sessionId, out _);

    public bool Holds(string sessionId) => recent.ContainsKey(sessionId);

    private async Task<WallView?> BuildAsync(string sessionId, CancellationToken ct)
    {
        var session = await store.FindSessionAsync(sessionId, ct);
        if (session is null || programmes.Find(session.ProgrammeId) is not { } programme)
            return null;

        var view = new WallView
        {
            SessionId = session.Id,
            ProgrammeTitle = programme.Title,
            Language = programme.Language,
            Phase = WallPhase.Waiting,
            Total = programme.Items.Count,
        };
        if (session.State == SessionState.Stopped)
        {
            var (all, _) = await store.AnswerVersionAsync(session.Id, null, ct);
            var correctedAll = await corrections.LatestIdAsync(session.Id, ct);
            return view with { Phase = WallPhase.Ended, Overview = themes.Overview(session, Version(session, all) + $"|{correctedAll}") };
        }

        if (session.CurrentItemIndex < 0 || session.CurrentItemIndex >= programme.Items.Count)
            return view;

        var item = programme.Items[session.CurrentItemIndex];
        view = view with
        {
            Phase = WallPhase.Information,
            Position = session.CurrentItemIndex + 1,
            ItemTitle = item.Title,
            QuestionText = item.QuestionText,
            BuildingBlocks = BuildingBlockResolver.Resolve(programme, item.BuildingBlocks),
        };
        if (!item.IsQuestion)
            return view;

        var (answers, answerCount) = await store.AnswerVersionAsync(session.Id, item.Id, ct);
        var closed = !string.Equals(session.OpenItemId, item.Id, StringComparison.OrdinalIgnoreCase);
        // A facilitator's theme correction changes the closed question's themes without changing its answers.
        var corrected = closed ? await corrections.LatestIdAsync(session.Id, ct) : 0;
        var (summary, final) = themes.Current(session, item, Version(session, answers) + $"|{corrected}", closed, answerCount);
        // Provisional themes may come from fewer answers than there are (the newest that were embedded already): said.
        var themed = !final && summary is QuestionSummary question && question.AnswerCount < answerCount ? question.AnswerCount : (int?)null;
        return view with
        {
            ThemedAnswers = themed,
            Phase = closed ? WallPhase.Closed : WallPhase.Open,
            ClosesAt = !closed && session.TimerItemId == item.Id && session.ClosesAt is { } at
                ? TimeZoneInfo.ConvertTime(at, exporter.TimeZone) : null,
            AnswerCount = answerCount,
            // "Too few answers" from a provisional theming of the few embedded yet would be untrue: no themes yet.
            Summary = themed is not null && summary is QuestionSummary { TooFewAnswers: true } && answerCount >= QuestionSummarizer.MinimumAnswers
                ? null : summary,
            Provisional = !final,
        };
    }

    /// <summary>What changes the themes: new answers, edits, deletes and undeletes, and the session's progress.</summary>
    private static string Version(Session session, string answersVersion) =>
        string.Create(CultureInfo.InvariantCulture, $"{session.CurrentItemIndex}|{answersVersion}");
}
