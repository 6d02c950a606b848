using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SocialeBasisBot.Programme;
using SocialeBasisBot.Sessions;
using SocialeBasisBot.Summaries;
using SocialeBasisBot.Themes;

namespace SocialeBasisBot.Wall;

/// <summary>
/// The wall's themes, made in the background so no viewer waits for the engine: per session at most one theming per
/// <see cref="WallOptions.ThemeInterval"/> while a question is open, and over the whole process one theming at a time
/// (a busy engine skips a round instead of queueing), on a thread of its own (<see cref="WallThemingThread"/>) and
/// within a share of one core (<see cref="ThemingBudget"/>, <see cref="WallOptions.ThemeCpuShare"/>), so the
/// processor time stays bounded however many sessions are watched and however many answers arrive. No lock
/// is held while the engine runs: the per-session lock only guards reading and writing the latest result.
/// <para>
/// An open question's provisional themes come from the answers the engine has embedded already
/// (<see cref="IThemeEngine.IsPrepared"/>; AnswerPreparation embeds them as they arrive), so a wall costs clustering,
/// never encoding: with the wall open during a burst, each round embedded up to a thousand new answers beside the
/// intake. An answer not embedded yet (not reached, or received by another instance) is handed to AnswerPreparation
/// once, and again after its full queue dropped texts (<see cref="PreparationHandOver"/>); while some are left out
/// the wall says how many it shows and themes again after the interval. The final themes after `sluit` use every answer.
/// </para>
/// </summary>
public sealed partial class WallThemes(
    SessionReports reports,
    IThemeEngine engine,
    Answers.AnswerPreparation preparation,
    IOptions<WallOptions> options,
    TimeProvider time,
    ILogger<WallThemes> logger) : IDisposable, Privacy.ISessionCache
{
    private readonly SemaphoreSlim oneAtATime = new(1, 1);
    private readonly WallThemingThread thread = new(time);
    private readonly ThemingBudget budget = new(options.Value.ThemeCpuShare);
    private readonly ConcurrentDictionary<string, Latest> latest = new(StringComparer.Ordinal);

    /// <summary>Sessions this process keeps themes of.</summary>
    public int SessionsHeld => latest.Count;

    /// <summary>True while the themes of one of the session's questions are kept (not after the session stopped).</summary>
    public bool HoldsQuestionThemes(string sessionId) =>
        latest.TryGetValue(sessionId, out var entry) && entry.ItemId is not null;

    /// <summary>Drops what is kept of a session (deleted, or nobody watches it); a theming still running finishes unseen.</summary>
    public void Forget(string sessionId) => latest.TryRemove(sessionId, out _);

    /// <summary>The theming running for a session right now, if any.</summary>
    public Task? Running(string sessionId) => latest.TryGetValue(sessionId, out var entry) ? entry.Task : null;

    /// <summary>
    /// The newest finished summary of <paramref name="item"/> and whether it is final (made after the question
    /// closed, for exactly these answers). Starts a new theming when the answers changed and one is due.
    /// </summary>
    /// <param name="answersVersion">Changes whenever the item's answers change (count, newest id, edits, retractions).</param>
    /// <param name="answerCount">The item's answers now, as a summary counts them; a provisional summary of fewer (some
    /// not embedded yet) is made again after the interval even when no answer changed.</param>
    public (ItemSummary? Summary, bool Final) Current(Session session, ProgrammeItem item, string answersVersion, bool closed, int answerCount = 0)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(item);
        var wanted = $"{item.Id}|{answersVersion}|{(closed ? "final" : "open")}";
        var entry = latest.GetOrAdd(session.Id, _ => new Latest());
        lock (entry)
        {
            if (!string.Equals(entry.ItemId, item.Id, StringComparison.Ordinal))
            {
                entry.ItemId = item.Id;
                entry.HandOver = new PreparationHandOver(preparation);
                entry.Summary = null;
                entry.MadeFor = null;
                entry.LastStarted = DateTimeOffset.MinValue;
            }

            if (entry.MadeFor == wanted)
                return (entry.Summary, closed);
            // A closed question's final themes are due at once; an open one waits out the interval and the budget.
            var now = time.GetUtcNow();
            var provisional = !closed && item.Kind != ProgrammeItemKind.Poll;
            var due = !provisional || (now - entry.LastStarted >= options.Value.ThemeInterval && budget.Allows(now));
            if (entry.Task is null && due && oneAtATime.Wait(0))
            {
                entry.LastStarted = now;
                entry.Task = thread.Run(() => ThemeAsync(entry, new SummaryRequest(session, item), wanted, closed, answerCount, provisional));
            }

            return (entry.Summary, false);
        }
    }

    /// <summary>The session overview for these answers, once made; null while it is being made.</summary>
    public SessionSummary? Overview(Session session, string answersVersion)
    {
        ArgumentNullException.ThrowIfNull(session);
        var wanted = $"overview|{answersVersion}";
        var entry = latest.GetOrAdd(session.Id, _ => new Latest());
        lock (entry)
        {
            // The session stopped: its wall shows the overview from now on, so the last question's themes go.
            entry.ItemId = null;
            entry.Summary = null;
            if (entry.MadeFor == wanted)
                return entry.Overview;
            if (entry.Task is null && oneAtATime.Wait(0))
            {
                entry.Task = thread.Run(() => OverviewAsync(entry, session, wanted));
            }

            return null;
        }
    }

    private async Task ThemeAsync(Latest entry, SummaryRequest request, string wanted, bool closed, int answerCount, bool provisional)
    {
        var processor = thread.ProcessorTime;
        try
        {
            // Open: a bounded sample of the newest answers the engine holds already keeps the wall's CPU bounded and
            // free of encoding however many come in. Polls use no engine: all their answers count.
            var limit = options.Value.ProvisionalAnswerLimit;
            var handOver = entry.HandOver;
            bool Ready(Answers.Answer answer)
            {
                if (answer.IsRetracted || engine.IsPrepared(answer.Text))
                    return true;
                handOver.HandOver(answer.Text);
                return false;
            }

            Func<Answers.Answer, bool>? prepared = request.Item.Kind == ProgrammeItemKind.OpenQuestion ? Ready : null;
            var summary = closed
                ? await reports.SummarizeAsync(request, CancellationToken.None)
                : await reports.SummarizeNewestAsync(request, limit, CancellationToken.None, prepared);
            // Some answers still waiting for their embedding: not what the wall wanted, so it is made again when due.
            var complete = closed || summary is not QuestionSummary question || question.AnswerCount >= Math.Min(answerCount, limit);
            lock (entry)
            {
                if (string.Equals(entry.ItemId, request.Item.Id, StringComparison.Ordinal))
                {
                    entry.Summary = summary;
                    entry.MadeFor = complete ? wanted : wanted + "|partial";
                }
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The wall shows the previous themes; the chat's own summary at `sluit` does not depend on this one.
            logger.LogWarning(e, "Wall theming of session {Session}, item {Item} failed", request.Session.Id, request.Item.Id);
        }
        finally
        {
            // This theming's own work: one at a time, and nothing else runs on the thread.
            if (provisional)
            {
                var spent = thread.ProcessorTime - processor;
                var wait = budget.Spent(spent, time.GetUtcNow());
                LogBudget(request.Session.Id, spent.TotalMilliseconds, wait.TotalMilliseconds);
            }

            Finish(entry);
        }
    }

    private async Task OverviewAsync(Latest entry, Session session, string wanted)
    {
        try
        {
            var overview = await reports.SummarizeSessionAsync(session, CancellationToken.None);
            lock (entry)
            {
                entry.Overview = overview;
                entry.MadeFor = wanted;
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            logger.LogWarning(e, "Wall overview of session {Session} failed", session.Id);
        }
        finally
        {
            Finish(entry);
        }
    }

    private void Finish(Latest entry)
    {
        lock (entry)
            entry.Task = null;
        oneAtATime.Release();
    }

    public bool Holds(string sessionId) => latest.ContainsKey(sessionId);

    public void Dispose()
    {
        thread.Dispose();
        oneAtATime.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Wall theming of session {Session} took {Processor:F0} ms of processor time; the next waits {Wait:F0} ms")]
    private partial void LogBudget(string session, double processor, double wait);

    private sealed class Latest
    {
        public string? ItemId { get; set; }
        public string? MadeFor { get; set; }
        public ItemSummary? Summary { get; set; }
        public SessionSummary? Overview { get; set; }
        public DateTimeOffset LastStarted { get; set; } = DateTimeOffset.MinValue;
        public Task? Task { get; set; }
        /// <summary>Texts of the current item this wall handed to AnswerPreparation (each once, again after a drop); set with the item.</summary>
        public PreparationHandOver HandOver { get; set; } = null!;
    }
}
