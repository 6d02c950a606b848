using SocialeBasisBot.Exports;
using SocialeBasisBot.Programme;
using SocialeBasisBot.Storage;

namespace SocialeBasisBot.Sessions;

/// <summary>
/// Timed questions: `timer 3` / `vraag 3`, `verleng 2` and an item's `duration`. The timer lives on the session row
/// (<see cref="Session.ClosesAt"/>), so it survives a restart and every instance sees it; firing it is
/// <see cref="SessionService.FireTimerAsync"/>, under the session's version, so exactly one instance closes the
/// question, through the same path as `sluit`.
/// </summary>
public sealed class QuestionTimer(SessionStore store, SessionExporter exporter, TimeProvider time)
{
    /// <summary>How long before the close the chat is told the question is about to close.</summary>
    public static readonly TimeSpan ReminderBefore = TimeSpan.FromSeconds(30);

    /// <summary>The most minutes a facilitator may give or add at once.</summary>
    public const int MaxMinutes = 120;

    /// <summary>
    /// Sets the open question to close <paramref name="length"/> from now, and says when. The caller saves the
    /// session (a <see cref="SessionChanged"/> of its turn), with what it says, in one transaction.
    /// </summary>
    public BotReply Start(Session session, ProgrammeItem item, TimeSpan length, Phrases say)
    {
        var closesAt = time.GetUtcNow() + length;
        session.TimerItemId = item.Id;
        session.ClosesAt = closesAt;
        session.RemindAt = length > ReminderBefore ? closesAt - ReminderBefore : null;
        return new TextReply(say.ClosesAt(item.Title, Local(closesAt)));
    }

    /// <summary>`verleng 2`: a running timer moves on; without one, the open question gets one of that length.</summary>
    public BotReply Extend(Session session, ProgrammeItem item, TimeSpan extra, Phrases say)
    {
        if (session.TimerItemId != item.Id || session.ClosesAt is null)
        {
            return Start(session, item, extra, say);
        }

        var closesAt = session.ClosesAt.Value + extra;
        session.ClosesAt = closesAt;
        session.RemindAt = closesAt - ReminderBefore > time.GetUtcNow() ? closesAt - ReminderBefore : null;
        return new TextReply(say.ClosesAt(item.Title, Local(closesAt)));
    }

    /// <summary>Sessions with a reminder or a close due now (a few rows at most: only running sessions with a timer).</summary>
    public Task<IReadOnlyList<Session>> DueAsync(CancellationToken ct) => store.ListTimersDueAsync(time.GetUtcNow(), ct);

    /// <summary>"2", "3 min", "3m": whole minutes from 1 to <see cref="MaxMinutes"/>; null otherwise.</summary>
    public static TimeSpan? ParseMinutes(string argument)
    {
        var digits = argument.Trim().TrimEnd('.').Split(' ', 2)[0].TrimEnd('m', 'M');
        return int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var minutes)
            && minutes is >= 1 and <= MaxMinutes
            ? TimeSpan.FromMinutes(minutes)
            : null;
    }

    /// <summary>Clock time as people in the room read it: the organisation's time zone (<c>Exports:TimeZone</c>).</summary>
    private DateTimeOffset Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, exporter.TimeZone);
}
