using Microsoft.Extensions.Logging;
using SocialeBasisBot.Programme;
using SocialeBasisBot.Storage;

namespace SocialeBasisBot.Sessions;

/// <summary>
/// The moves a session makes (start, advance, close, stop), shared by the commands and the meeting-end event. Called
/// under the conversation's lock by <see cref="SessionService"/>; never call Teams from here. A move changes the
/// session in memory and says so (<see cref="SessionChanged"/>); <see cref="SessionService"/> saves it once, with
/// everything the turn sends, in one transaction.
/// </summary>
public sealed partial class SessionSteps(
    SessionStore store,
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

    public IReadOnlyList<BotReply> Start(ConversationInfo conversation, Participant who, string argument, Session? running, Phrases say)
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

        // Saved with the turn (SessionService); another instance starting one for this chat at the same moment makes
        // that save fail on the one-running-session index, and the turn runs again and finds that session.
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
            TenantId = conversation.TenantId,
            ChatName = conversation.Name,
            ChatKind = conversation.Kind,
        };
        LogStarted(session.Id, programme.Id, conversation.Id);
        return [new SessionChanged(session, Started: true), new TextReply(say.Started(programme.Title, programme.Items.Count, who.Name)), .. Advance(session, programme, say)];
    }

    public async Task<IReadOnlyList<BotReply>> NextAsync(Session session, WebinarProgramme programme, Phrases say, CancellationToken ct)
    {
        var replies = new List<BotReply> { new SessionChanged(session) };
        if (session.OpenItemId is not null)
        {
            replies.Add(await CloseOpenQuestionAsync(session, programme, ct));
        }

        replies.AddRange(Advance(session, programme, say));
        return replies;
    }

    public async Task<IReadOnlyList<BotReply>> CloseAsync(Session session, WebinarProgramme programme, Phrases say, CancellationToken ct)
    {
        if (session.OpenItemId is not null)
        {
            return [new SessionChanged(session), await CloseOpenQuestionAsync(session, programme, ct)];
        }

        // `sluit` again on a closed question: its summary may never have reached the chat (Teams down for longer
        // than the outbox kept trying, or a POST that got no answer); post it again.
        var closed = programme.Items.Take(session.CurrentItemIndex + 1).LastOrDefault(i => i.IsQuestion);
        return closed is null
            ? [new TextReply(say.NoOpenQuestion)]
            : RepostSummary(session, closed, say);
    }

    /// <summary>`samenvatting`: the overview is made and posted by the outbox worker, off the turn.</summary>
    public static IReadOnlyList<BotReply> Summarize(Session session, WebinarProgramme programme, string argument, Phrases say)
    {
        if (argument.Length == 0)
        {
            return [new SummaryReply(session, null)];
        }

        var item = programme.FindItem(argument) is { IsQuestion: true } byId ? byId
            : int.TryParse(argument, System.Globalization.CultureInfo.InvariantCulture, out var number)
              && number >= 1 && number <= programme.Items.Count && programme.Items[number - 1].IsQuestion
                ? programme.Items[number - 1]
                : null;
        return item is null
            ? [new TextReply(say.NoSuchQuestion(argument))]
            : RepostSummary(session, item, say);
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
        var replies = new List<BotReply> { new SessionChanged(session) };
        if (session.OpenItemId is not null)
        {
            replies.Add(await CloseOpenQuestionAsync(session, programme, ct));
        }

        session.State = SessionState.Stopped;
        session.EndedAt = time.GetUtcNow();
        var total = await store.CountAnswersAsync(session.Id, null, ct);
        replies.Add(new TextReply(say.Stopped(programme.Title, total)));
        replies.Add(new SummaryReply(session, null));
        LogStopped(session.Id, total);
        return replies;
    }

    /// <summary>The programme file was removed while the session ran: end it rather than fail every command.</summary>
    public IReadOnlyList<BotReply> EndOrphaned(Session session, Phrases say)
    {
        session.State = SessionState.Stopped;
        session.OpenItemId = null;
        session.EndedAt = time.GetUtcNow();
        return [new SessionChanged(session), new TextReply(say.ProgrammeGone(session.ProgrammeId))];
    }

    private static IReadOnlyList<BotReply> Advance(Session session, WebinarProgramme programme, Phrases say)
    {
        if (session.CurrentItemIndex + 1 >= programme.Items.Count)
        {
            return [new TextReply(say.EndOfProgramme)];
        }

        session.CurrentItemIndex++;
        var item = programme.Items[session.CurrentItemIndex];
        session.OpenItemId = item.IsQuestion ? item.Id : null;
        return [new ItemReply(session, programme, item, session.CurrentItemIndex + 1, programme.Items.Count)];
    }

    /// <summary>
    /// Closes the question. Its closed card, "Vraag gesloten" and its summary are queued with the turn, in the same
    /// transaction as the close; the outbox worker makes the summary (which may take longer than Teams waits).
    /// </summary>
    private async Task<QuestionClosedReply> CloseOpenQuestionAsync(Session session, WebinarProgramme programme, CancellationToken ct)
    {
        var item = programme.FindItem(session.OpenItemId!)
            ?? throw new InvalidOperationException($"Open item '{session.OpenItemId}' is not in programme '{programme.Id}'.");
        session.OpenItemId = null;
        var (answers, participants) = await store.CountAnswersAndParticipantsAsync(session.Id, item.Id, ct);
        LogClosed(session.Id, item.Id, answers);
        return new QuestionClosedReply(session, programme, item, answers, participants);
    }

    private static IReadOnlyList<BotReply> RepostSummary(Session session, ProgrammeItem item, Phrases say) =>
        [new TextReply(say.SummaryAgain(item.Title)), new SummaryReply(session, item.Id)];

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId} started with programme {ProgrammeId} in {ConversationId}")]
    private partial void LogStarted(string sessionId, string programmeId, string conversationId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId} closed question {ItemId} with {Count} answers")]
    private partial void LogClosed(string sessionId, string itemId, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId} stopped with {Count} answers")]
    private partial void LogStopped(string sessionId, int count);

}
