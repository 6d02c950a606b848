using Microsoft.Extensions.Logging;
using SocialeBasisBot.Programme;
using SocialeBasisBot.Storage;

namespace SocialeBasisBot.Sessions;

/// <summary>
/// The moves a session makes (start, advance, close, stop), shared by the commands and the meeting-end event. Called
/// under the conversation's lock by <see cref="SessionService"/>; never call Teams from here.
/// </summary>
public sealed partial class SessionSteps(
    SessionStore store,
    OutboxStore outbox,
    ProgrammeCatalog programmes,
    FacilitatorPolicy policy,
    TimeProvider time,
    ILogger<SessionSteps> logger)
{
    public FacilitatorPolicy Policy => policy;

    public ProgrammeCatalog Programmes => programmes;

    public WebinarProgramme RequireProgramme(Session session) =>
        programmes.Find(session.ProgrammeId)
        ?? throw new InvalidOperationException(
            $"Session {session.Id} runs programme '{session.ProgrammeId}', which is no longer in the programme folder.");

    public async Task<IReadOnlyList<BotReply>> StartAsync(
        ConversationInfo conversation, Participant who, string argument, Session? running, Phrases say, CancellationToken ct)
    {
        if (running is not null)
        {
            if (!policy.MayDrive(running, who))
            {
                return [FacilitatorPolicy.Refusal(who, running, say)];
            }

            var runningProgramme = RequireProgramme(running);
            return [new TextReply(say.AlreadyRunning(runningProgramme.Title, Math.Max(running.CurrentItemIndex + 1, 1), runningProgramme.Items.Count))];
        }

        if (!policy.MayStart(who))
        {
            return [FacilitatorPolicy.Refusal(who, null, say)];
        }

        var programme = argument.Length > 0 ? programmes.Find(argument) : programmes.Default;
        if (programme is null)
        {
            return [new TextReply(say.UnknownProgramme(argument, programmes.Ids))];
        }

        var session = new Session
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()).ToString("N"),
            ConversationId = conversation.Id,
            ProgrammeId = programme.Id,
            State = SessionState.Running,
            StartedById = who.AadObjectId ?? who.Id,
            StartedByName = who.Name,
            StartedAt = time.GetUtcNow(),
            ConversationReference = conversation.ReferenceJson,
        };
        if (!await store.AddSessionAsync(session, ct))
        {
            // Another instance handled a `start` for this chat at the same moment; that session is the one.
            var other = await store.FindRunningSessionAsync(conversation.Id, ct);
            return other is null ? [new TextReply(say.NoSession)] : await StartAsync(conversation, who, argument, other, say, ct);
        }

        LogStarted(session.Id, programme.Id, conversation.Id);

        var replies = new List<BotReply> { new TextReply(say.Started(programme.Title, programme.Items.Count, who.Name)) };
        replies.AddRange(await AdvanceAsync(session, programme, say, ct));
        return replies;
    }

    public async Task<IReadOnlyList<BotReply>> NextAsync(Session session, WebinarProgramme programme, Phrases say, CancellationToken ct)
    {
        var replies = new List<BotReply>();
        if (session.OpenItemId is not null)
        {
            replies.Add(await CloseOpenQuestionAsync(session, programme, say, ct));
        }

        replies.AddRange(await AdvanceAsync(session, programme, say, ct));
        return replies;
    }

    public async Task<IReadOnlyList<BotReply>> CloseAsync(Session session, WebinarProgramme programme, Phrases say, CancellationToken ct)
    {
        if (session.OpenItemId is not null)
        {
            return [await CloseOpenQuestionAsync(session, programme, say, ct)];
        }

        // `sluit` again on a closed question: its summary may never have reached the chat (Teams down for longer
        // than the outbox kept trying, or a POST that got no answer); post it again.
        var closed = programme.Items.Take(session.CurrentItemIndex + 1).LastOrDefault(i => i.IsQuestion);
        return closed is null
            ? [new TextReply(say.NoOpenQuestion)]
            : [await RepostSummaryAsync(session, closed, say, ct)];
    }

    /// <summary>`samenvatting`: the overview is made and posted by the outbox worker, off the turn.</summary>
    public async Task<IReadOnlyList<BotReply>> SummarizeAsync(Session session, WebinarProgramme programme, string argument, Phrases say, CancellationToken ct)
    {
        if (argument.Length == 0)
        {
            await outbox.EnqueueAsync(Outgoing(session, OutboxKind.SessionSummary, null, say), ct);
            return [];
        }

        var item = programme.FindItem(argument) is { IsQuestion: true } byId ? byId
            : int.TryParse(argument, System.Globalization.CultureInfo.InvariantCulture, out var number)
              && number >= 1 && number <= programme.Items.Count && programme.Items[number - 1].IsQuestion
                ? programme.Items[number - 1]
                : null;
        return item is null
            ? [new TextReply(say.NoSuchQuestion(argument))]
            : [await RepostSummaryAsync(session, item, say, ct)];
    }

    public async Task<BotReply> StatusAsync(Session session, WebinarProgramme programme, Phrases say, CancellationToken ct)
    {
        var answers = (await store.ListAnswersAsync(session.Id, null, ct)).Where(a => !a.IsRetracted).ToList();
        var open = session.OpenItemId is null ? null : programme.FindItem(session.OpenItemId);
        return new TextReply(say.Status(
            programme.Title,
            Math.Max(session.CurrentItemIndex + 1, 1),
            programme.Items.Count,
            open?.Title,
            open is null ? 0 : answers.Count(a => a.ItemId == open.Id),
            answers.Count));
    }

    public async Task<IReadOnlyList<BotReply>> StopAsync(Session session, WebinarProgramme programme, Phrases say, CancellationToken ct)
    {
        var replies = new List<BotReply>();
        if (session.OpenItemId is not null)
        {
            replies.Add(await CloseOpenQuestionAsync(session, programme, say, ct));
        }

        session.State = SessionState.Stopped;
        session.EndedAt = time.GetUtcNow();
        await store.UpdateSessionAsync(session, [Outgoing(session, OutboxKind.SessionSummary, null, say)], ct);
        var total = (await store.ListAnswersAsync(session.Id, null, ct)).Count(a => !a.IsRetracted);
        replies.Add(new TextReply(say.Stopped(programme.Title, total)));
        LogStopped(session.Id, total);
        return replies;
    }

    /// <summary>The programme file was removed while the session ran: end it rather than fail every command.</summary>
    public async Task<BotReply> EndOrphanedAsync(Session session, Phrases say, CancellationToken ct)
    {
        session.State = SessionState.Stopped;
        session.OpenItemId = null;
        session.EndedAt = time.GetUtcNow();
        await store.UpdateSessionAsync(session, ct);
        return new TextReply(say.ProgrammeGone(session.ProgrammeId));
    }

    private async Task<IReadOnlyList<BotReply>> AdvanceAsync(Session session, WebinarProgramme programme, Phrases say, CancellationToken ct)
    {
        if (session.CurrentItemIndex + 1 >= programme.Items.Count)
        {
            await store.UpdateSessionAsync(session, ct);
            return [new TextReply(say.EndOfProgramme)];
        }

        session.CurrentItemIndex++;
        var item = programme.Items[session.CurrentItemIndex];
        session.OpenItemId = item.IsQuestion ? item.Id : null;
        await store.UpdateSessionAsync(session, ct);
        return [new ItemReply(session, programme, item, session.CurrentItemIndex + 1, programme.Items.Count)];
    }

    /// <summary>
    /// Closes the question and, in the same transaction, queues its closed card and its summary: the turn answers at
    /// once, and the outbox worker makes the summary (which may take longer than Teams waits) and posts it.
    /// </summary>
    private async Task<QuestionClosedReply> CloseOpenQuestionAsync(Session session, WebinarProgramme programme, Phrases say, CancellationToken ct)
    {
        var item = programme.FindItem(session.OpenItemId!)
            ?? throw new InvalidOperationException($"Open item '{session.OpenItemId}' is not in programme '{programme.Id}'.");
        session.OpenItemId = null;
        await store.UpdateSessionAsync(session,
            [Outgoing(session, OutboxKind.ClosedCard, item.Id, say), Outgoing(session, OutboxKind.QuestionSummary, item.Id, say)], ct);
        var answers = (await store.ListAnswersAsync(session.Id, item.Id, ct)).Where(a => !a.IsRetracted).ToList();
        LogClosed(session.Id, item.Id, answers.Count);
        return new QuestionClosedReply(session, programme, item, answers.Count,
            answers.Select(a => a.ParticipantId).Distinct(StringComparer.Ordinal).Count());
    }

    private async Task<BotReply> RepostSummaryAsync(Session session, ProgrammeItem item, Phrases say, CancellationToken ct)
    {
        await outbox.EnqueueAsync(Outgoing(session, OutboxKind.QuestionSummary, item.Id, say), ct);
        return new TextReply(say.SummaryAgain(item.Title));
    }

    private OutboxMessage Outgoing(Session session, OutboxKind kind, string? itemId, Phrases say)
    {
        var now = time.GetUtcNow();
        return new OutboxMessage
        {
            ConversationId = session.ConversationId,
            SessionId = session.Id,
            Kind = kind,
            ItemId = itemId,
            Language = say.Language,
            State = OutboxState.Pending,
            CreatedAt = now,
            DueAt = now,
        };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId} started with programme {ProgrammeId} in {ConversationId}")]
    private partial void LogStarted(string sessionId, string programmeId, string conversationId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId} closed question {ItemId} with {Count} answers")]
    private partial void LogClosed(string sessionId, string itemId, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId} stopped with {Count} answers")]
    private partial void LogStopped(string sessionId, int count);

}
