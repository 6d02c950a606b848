using SocialeBasisBot.Answers;
using SocialeBasisBot.Programme;
using SocialeBasisBot.Sessions;
using SocialeBasisBot.Storage;
using SocialeBasisBot.Summaries;

namespace SocialeBasisBot.Corrections;

/// <summary>
/// Facilitators correct the themes of a closed question from its summary card: rename a theme, merge two, move an
/// answer to another theme, to "Overig", off-topic or back. Who may: whoever may drive the session
/// (<see cref="FacilitatorPolicy"/>, meeting roles included). A correction is stored next to the engine's result and
/// queues an update of the posted summary card in the same transaction, so everyone sees the corrected card.
/// </summary>
public sealed class ThemeCorrections(
    SessionStore sessions,
    CorrectionStore store,
    SessionReports reports,
    FacilitatorPolicy policy,
    ProgrammeCatalog programmes,
    CorrectionAudience audience,
    TimeProvider time)
{
    /// <summary>
    /// The themes of a question: the facilitator's view to correct them (<paramref name="toCorrect"/>), or the
    /// summary as everyone sees it. Someone who may not correct and asks to gets a refusal.
    /// </summary>
    public async Task<CorrectionView> ShowAsync(
        ConversationInfo conversation, Participant who, string sessionId, string itemId, bool toCorrect, CancellationToken ct)
    {
        if (await FindAsync(conversation, sessionId, itemId, ct) is not var (session, item, say))
        {
            return new CorrectionView(CorrectionOutcome.Gone, Phrases.Dutch, CorrectionPhrases.Dutch.Gone);
        }

        if (toCorrect && !policy.MayDrive(session, who))
        {
            return new CorrectionView(CorrectionOutcome.NotAllowed, say, CorrectionPhrases.For(say).OnlyFacilitators);
        }

        var (summary, answers) = await CurrentAsync(session, item, ct);
        if (summary is null)
        {
            return new CorrectionView(CorrectionOutcome.Gone, say, CorrectionPhrases.For(say).NothingToCorrect);
        }

        return new CorrectionView(toCorrect ? CorrectionOutcome.Shown : CorrectionOutcome.Summary, say, null, session, item, summary, answers);
    }

    /// <summary>Checks a correction against the themes as they are now, stores it and queues the card update.</summary>
    public async Task<CorrectionView> CorrectAsync(
        ConversationInfo conversation, Participant who, string sessionId, string itemId, CorrectionRequest request, CancellationToken ct)
    {
        var shown = await ShowAsync(conversation, who, sessionId, itemId, toCorrect: true, ct);
        if (shown is not { Outcome: CorrectionOutcome.Shown, Session: { } session, Item: { } item, Summary: { } summary, Answers: { } answers })
        {
            return shown;
        }

        var words = shown.Words;
        var (correction, done) = Check(request, summary, answers, words);
        if (correction is null)
        {
            return shown with { Outcome = CorrectionOutcome.Invalid, Message = done };
        }

        correction.SessionId = session.Id;
        correction.ItemId = item.Id;
        correction.ById = who.AadObjectId ?? who.Id;
        correction.ByTeamsId = who.Id;
        correction.At = time.GetUtcNow();
        // The question's posted summary card, and the session's posted overview, are updated for everyone.
        var outbox = new List<OutboxMessage>();
        if (await store.FindPostedSummaryAsync(session.Id, item.Id, ct) is not null)
            outbox.Add(UpdateMessage(session, item.Id, who, shown.Say));
        if ((await store.PostedOverviewAsync(session.Id, ct)).Count > 0)
            outbox.Add(UpdateMessage(session, itemId: null, who, shown.Say));
        await store.AddAsync(correction, outbox, ct);
        var (corrected, after) = await CurrentAsync(session, item, ct);
        return shown with { Outcome = CorrectionOutcome.Corrected, Message = done, Summary = corrected, Answers = after };
    }

    /// <summary>The edge reports which message now carries a question's summary card.</summary>
    public Task SummaryPostedAsync(string sessionId, string itemId, string activityId, CancellationToken ct) =>
        store.SavePostedSummaryAsync(new PostedSummary { SessionId = sessionId, ItemId = itemId, ActivityId = activityId, PostedAt = time.GetUtcNow() }, ct);

    /// <summary>
    /// The edge reports one part of the session's overview as Teams took it: the first part starts a new overview (the
    /// earlier one is forgotten), later parts join it, also when a retry posts them. A part without an id means the
    /// overview cannot be updated in order, so none of it is kept.
    /// </summary>
    public Task OverviewPartPostedAsync(string sessionId, int index, string? activityId, CancellationToken ct) =>
        store.SavePostedOverviewPartAsync(sessionId, index, activityId, time.GetUtcNow(), ct);

    /// <summary>
    /// What a queued overview update sends (a <see cref="OutboxKind.SummaryUpdate"/> without an item): the corrected
    /// overview and the messages of its posted parts; null when no overview was posted or the session is gone.
    /// </summary>
    public async Task<OverviewUpdate?> OverviewUpdateAsync(OutboxMessage message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        var posted = await store.PostedOverviewAsync(message.SessionId, ct);
        if (posted.Count == 0 || await sessions.FindSessionAsync(message.SessionId, ct) is not { ConversationReference: not null } session)
        {
            return null;
        }

        return new OverviewUpdate(session, posted, await reports.SummarizeSessionAsync(session, ct), Phrases.For(message.Language));
    }

    /// <summary>What a queued summary card update sends; null when the card, session or themes are gone.</summary>
    public async Task<SummaryUpdate?> UpdateAsync(OutboxMessage message, CancellationToken ct)
    {
        if (message.ItemId is null
            || await store.FindPostedSummaryAsync(message.SessionId, message.ItemId, ct) is not { } posted
            || await sessions.FindSessionAsync(message.SessionId, ct) is not { ConversationReference: not null } session
            || programmes.Find(session.ProgrammeId)?.FindItem(message.ItemId) is not { } item)
        {
            return null;
        }

        var (summary, _) = await CurrentAsync(session, item, ct);
        return summary is null
            ? null
            : new SummaryUpdate(session, posted.ActivityId, summary, Phrases.For(message.Language), await audience.UserIdsAsync(session, message.Text, ct));
    }

    private async Task<(Session Session, ProgrammeItem Item, Phrases Say)?> FindAsync(
        ConversationInfo conversation, string sessionId, string itemId, CancellationToken ct)
    {
        var session = await sessions.FindSessionAsync(sessionId, ct);
        if (session is null || session.ConversationId != conversation.Id
            || programmes.Find(session.ProgrammeId) is not { } programme
            || programme.FindItem(itemId) is not { Kind: ProgrammeItemKind.OpenQuestion } item)
        {
            return null;
        }

        return (session, item, Phrases.For(programme.Language));
    }

    /// <summary>The corrected themes now, with the answers they are made of; null when there are no themes.</summary>
    private async Task<(QuestionSummary? Summary, IReadOnlyList<Answer> Answers)> CurrentAsync(Session session, ProgrammeItem item, CancellationToken ct)
    {
        var summary = await reports.SummarizeAsync(new SummaryRequest(session, item), ct) as QuestionSummary;
        if (summary is null or { TooFewAnswers: true } || summary.DistinctThemes.Count == 0)
        {
            return (null, []);
        }

        var answers = await sessions.ListAnswersAsync(session.Id, item.Id, ct);
        return (summary, answers.Where(a => !a.IsRetracted).ToList());
    }

    private static (ThemeCorrection? Correction, string Said) Check(
        CorrectionRequest request, QuestionSummary summary, IReadOnlyList<Answer> answers, CorrectionPhrases words)
    {
        var themes = summary.DistinctThemes;
        ThemeSummary? Theme(string? id) => themes.FirstOrDefault(t => string.Equals(t.Id, id, StringComparison.Ordinal));
        ThemeCorrection New(ThemeCorrectionKind kind) => new() { SessionId = "", ItemId = "", ById = "", Kind = kind };
        switch (request.Kind)
        {
            case ThemeCorrectionKind.Rename when Theme(request.ThemeId) is { } theme:
                var label = request.Label?.Trim() ?? "";
                if (label.Length is 0 or > CorrectionRequest.MaxLabelLength)
                {
                    return (null, words.NameRequired);
                }

                var rename = New(ThemeCorrectionKind.Rename);
                rename.ThemeId = theme.Id;
                rename.ThemeAnswerIds = CorrectionAnchor.Of(theme.AnswerIds);
                rename.Label = label;
                return (rename, words.Renamed(label));
            case ThemeCorrectionKind.Merge when Theme(request.ThemeId) is { } from && Theme(request.TargetThemeId) is { } into && from.Id != into.Id:
                var merge = New(ThemeCorrectionKind.Merge);
                merge.ThemeId = from.Id;
                merge.ThemeAnswerIds = CorrectionAnchor.Of(from.AnswerIds);
                merge.TargetThemeId = into.Id;
                merge.TargetAnswerIds = CorrectionAnchor.Of(into.AnswerIds);
                return (merge, words.Merged(from.Label, into.Label));
            case ThemeCorrectionKind.Move or ThemeCorrectionKind.OffTopic when request.AnswerId is { } answerId && answers.Any(a => a.Id == answerId):
                if (request.Kind == ThemeCorrectionKind.OffTopic || request.TargetThemeId == CorrectionRequest.OffTopicTarget)
                {
                    var off = New(ThemeCorrectionKind.OffTopic);
                    off.AnswerId = answerId;
                    return (off, words.Moved(words.OffTopicTheme));
                }

                var toOther = request.TargetThemeId == ThemeCorrection.OtherThemeId;
                var targetTheme = Theme(request.TargetThemeId);
                if (!toOther && targetTheme is null)
                {
                    break;
                }

                var move = New(ThemeCorrectionKind.Move);
                move.AnswerId = answerId;
                move.TargetThemeId = request.TargetThemeId;
                move.TargetAnswerIds = targetTheme is null ? null : CorrectionAnchor.Of(targetTheme.AnswerIds);
                return (move, words.Moved(toOther ? words.OtherTheme : targetTheme!.Label));
        }

        return (null, words.Invalid);
    }

    /// <param name="itemId">The question whose summary card to update; null for the session's overview.</param>
    private OutboxMessage UpdateMessage(Session session, string? itemId, Participant who, Phrases say)
    {
        var now = time.GetUtcNow();
        return new OutboxMessage
        {
            ConversationId = session.ConversationId,
            SessionId = session.Id,
            ItemId = itemId,
            Kind = OutboxKind.SummaryUpdate,
            Language = say.Language,
            State = OutboxState.Pending,
            CreatedAt = now,
            DueAt = now,
            // Who corrected: the updated card asks their Teams client to refresh, so they keep their own view.
            Text = who.Id,
        };
    }
}
