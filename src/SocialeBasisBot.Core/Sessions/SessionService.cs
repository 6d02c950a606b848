using Microsoft.Extensions.Logging;
using SocialeBasisBot.Answers;
using SocialeBasisBot.Programme;
using SocialeBasisBot.Storage;

namespace SocialeBasisBot.Sessions;

/// <summary>
/// Runs a programme in a conversation: facilitator commands move through the items, participants' messages become
/// answers while a question is open. Knows nothing about Teams; the edge turns replies into messages and cards.
/// </summary>
public sealed partial class SessionService(
    SessionStore store,
    ProgrammeCatalog programmes,
    FacilitatorPolicy policy,
    AnswerPreparation preparation,
    ConversationLocks locks,
    TimeProvider time,
    ILogger<SessionService> logger)
{
    public async Task<IReadOnlyList<BotReply>> HandleCommandAsync(
        ConversationInfo conversation, Participant who, FacilitatorCommand command, Phrases say, CancellationToken ct)
    {
        using var turn = await locks.EnterAsync(conversation.Id, ct);
        var session = await store.FindRunningSessionAsync(conversation.Id, ct);
        if (command.Kind == CommandKind.Help)
        {
            var facilitator = session is null ? policy.MayStart(who) : policy.MayDrive(session, who);
            return [new TextReply(say.Help(facilitator, programmes.Ids))];
        }

        if (command.Kind == CommandKind.Start)
        {
            return await StartAsync(conversation, who, command.Argument, session, say, ct);
        }

        if (session is null && command.Kind == CommandKind.Export && conversation.IsPersonal)
        {
            // In a 1:1 chat an organiser exports the last session they led elsewhere (e.g. with names, which a
            // group chat does not get).
            session = await store.FindLatestSessionStartedByAsync(who.AadObjectId ?? who.Id, ct);
        }

        if (session is null)
        {
            return [new TextReply(say.NoSession)];
        }

        if (!policy.MayDrive(session, who))
        {
            LogRefused(who.Id, command.Kind, session.Id);
            return [new TextReply(say.NotAllowed(session.StartedByName))];
        }

        if (command.Kind is not (CommandKind.Export) && command.Argument.Length > 0)
        {
            return [new TextReply(say.UnexpectedArgument(command.Word))];
        }

        if (programmes.Find(session.ProgrammeId) is not { } programme)
        {
            // The programme file was removed while the session ran: end it rather than fail every command.
            session.State = SessionState.Stopped;
            session.OpenItemId = null;
            session.EndedAt = time.GetUtcNow();
            await store.UpdateSessionAsync(session, ct);
            return [new TextReply(say.ProgrammeGone(session.ProgrammeId))];
        }

        return command.Kind switch
        {
            CommandKind.Next => await NextAsync(session, programme, say, ct),
            CommandKind.Close => await CloseAsync(session, programme, say, ct),
            CommandKind.Status => [await StatusAsync(session, programme, say, ct)],
            CommandKind.Stop => await StopAsync(session, programme, say, ct),
            CommandKind.Summary or CommandKind.Export => Report(conversation, session, programme, command, say),
            _ => [new TextReply(say.UnknownCommand(command.Word))],
        };
    }

    /// <summary>
    /// The Teams meeting this chat belongs to has ended: a session still running there is stopped as if its
    /// facilitator typed `stop`, so the summary is in the chat when people look back.
    /// </summary>
    public async Task<IReadOnlyList<BotReply>> EndWithMeetingAsync(string conversationId, Phrases say, CancellationToken ct)
    {
        using var turn = await locks.EnterAsync(conversationId, ct);
        var session = await store.FindRunningSessionAsync(conversationId, ct);
        return session is not null && programmes.Find(session.ProgrammeId) is { } programme
            ? await StopAsync(session, programme, say, ct)
            : [];
    }

    /// <summary>
    /// True when a message that starts with a command word is really a participant's answer: a question is open and
    /// the sender may not drive the session. Help is always help.
    /// </summary>
    public async Task<bool> IsAnswerFromParticipantAsync(ConversationInfo conversation, Participant who, FacilitatorCommand command, CancellationToken ct)
    {
        if (command.Kind == CommandKind.Help)
        {
            return false;
        }

        var session = await store.FindRunningSessionAsync(conversation.Id, ct);
        return session is { OpenItemId: not null } && !policy.MayDrive(session, who);
    }

    public async Task<AnswerResult> RecordAnswerAsync(
        ConversationInfo conversation, Participant who, IncomingAnswer incoming, CancellationToken ct)
    {
        using var turn = await locks.EnterAsync(conversation.Id, ct);
        var session = incoming.SessionId is not null
            ? await store.FindSessionAsync(incoming.SessionId, ct)
            : await store.FindRunningSessionAsync(conversation.Id, ct);
        if (session is null || session.ConversationId != conversation.Id)
        {
            return new AnswerResult(AnswerOutcome.NoOpenQuestion);
        }

        var itemId = incoming.ItemId ?? session.OpenItemId;
        if (itemId is null)
        {
            return new AnswerResult(AnswerOutcome.NoOpenQuestion, session.Id);
        }

        if (session.State != SessionState.Running || !string.Equals(session.OpenItemId, itemId, StringComparison.Ordinal))
        {
            return new AnswerResult(AnswerOutcome.QuestionClosed, session.Id, itemId);
        }

        var item = programmes.Find(session.ProgrammeId)?.FindItem(itemId);
        var choices = incoming.Choices is { Count: > 0 } ? PollChoices.Valid(item, incoming.Choices) : PollChoices.Parse(item, incoming.Text);
        var text = incoming.Text.Trim();
        if (text.Length == 0 && choices.Count > 0 && item is not null)
        {
            text = PollChoices.Describe(item, choices);
        }

        if (text.Length == 0)
        {
            return new AnswerResult(AnswerOutcome.Empty, session.Id, itemId);
        }

        var answer = new Answer
        {
            SessionId = session.Id,
            ItemId = itemId,
            ParticipantId = who.AadObjectId ?? who.Id,
            ParticipantName = who.Name,
            Text = text,
            Choices = choices.Count > 0 ? string.Join(',', choices) : null,
            SourceMessageId = incoming.MessageId,
            Source = incoming.Source,
            ReceivedAt = time.GetUtcNow(),
        };
        var added = await store.TryAddAnswerAsync(answer, ct);
        if (added)
        {
            LogAnswerStored(session.Id, itemId, incoming.Source);
            preparation.Enqueue(text);
        }

        return new AnswerResult(added ? AnswerOutcome.Stored : AnswerOutcome.Duplicate, session.Id, itemId);
    }

    /// <summary>A participant edited the message that carried an answer: the new text replaces the old.</summary>
    public async Task<AnswerResult?> EditAnswerAsync(string conversationId, string messageId, string newText, CancellationToken ct)
    {
        var text = newText.Trim();
        if (text.Length == 0)
        {
            return await RetractAnswerAsync(conversationId, messageId, ct);
        }

        return await ChangeAnswerAsync(conversationId, messageId, (answer, item) =>
        {
            answer.Text = text;
            answer.EditedAt = time.GetUtcNow();
            preparation.Enqueue(text);
            var choices = PollChoices.Parse(item, text);
            answer.Choices = choices.Count > 0 ? string.Join(',', choices) : null;
        }, ct);
    }

    /// <summary>A participant deleted the message: the answer no longer counts, but the row stays for dedup.</summary>
    public Task<AnswerResult?> RetractAnswerAsync(string conversationId, string messageId, CancellationToken ct) =>
        ChangeAnswerAsync(conversationId, messageId, (answer, _) => answer.RetractedAt ??= time.GetUtcNow(), ct);

    public Task<AnswerResult?> RestoreAnswerAsync(string conversationId, string messageId, CancellationToken ct) =>
        ChangeAnswerAsync(conversationId, messageId, (answer, _) => answer.RetractedAt = null, ct);

    private async Task<AnswerResult?> ChangeAnswerAsync(
        string conversationId, string messageId, Action<Answer, ProgrammeItem?> change, CancellationToken ct)
    {
        var found = await store.FindAnswerByMessageAsync(conversationId, messageId, ct);
        if (found is null)
        {
            return null;
        }

        var (answer, session) = found.Value;
        change(answer, programmes.Find(session.ProgrammeId)?.FindItem(answer.ItemId));
        await store.UpdateAnswerAsync(answer, ct);
        return new AnswerResult(AnswerOutcome.Stored, answer.SessionId, answer.ItemId);
    }

    public WebinarProgramme RequireProgramme(Session session) =>
        programmes.Find(session.ProgrammeId)
        ?? throw new InvalidOperationException(
            $"Session {session.Id} runs programme '{session.ProgrammeId}', which is no longer in the programme folder.");

    private async Task<IReadOnlyList<BotReply>> StartAsync(
        ConversationInfo conversation, Participant who, string argument, Session? running, Phrases say, CancellationToken ct)
    {
        if (running is not null)
        {
            if (!policy.MayDrive(running, who))
            {
                return [new TextReply(say.NotAllowed(running.StartedByName))];
            }

            var runningProgramme = RequireProgramme(running);
            return [new TextReply(say.AlreadyRunning(runningProgramme.Title, Math.Max(running.CurrentItemIndex + 1, 1), runningProgramme.Items.Count))];
        }

        if (!policy.MayStart(who))
        {
            return [new TextReply(say.NotAllowedToStart)];
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
        await store.AddSessionAsync(session, ct);
        LogStarted(session.Id, programme.Id, conversation.Id);

        var replies = new List<BotReply> { new TextReply(say.Started(programme.Title, programme.Items.Count, who.Name)) };
        replies.AddRange(await AdvanceAsync(session, programme, say, ct));
        return replies;
    }

    private async Task<IReadOnlyList<BotReply>> NextAsync(Session session, WebinarProgramme programme, Phrases say, CancellationToken ct)
    {
        var replies = new List<BotReply>();
        if (session.OpenItemId is not null)
        {
            replies.Add(await CloseOpenQuestionAsync(session, programme, ct));
        }

        replies.AddRange(await AdvanceAsync(session, programme, say, ct));
        return replies;
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

    private async Task<IReadOnlyList<BotReply>> CloseAsync(Session session, WebinarProgramme programme, Phrases say, CancellationToken ct)
    {
        if (session.OpenItemId is null)
        {
            return [new TextReply(say.NoOpenQuestion)];
        }

        return [await CloseOpenQuestionAsync(session, programme, ct)];
    }

    private async Task<QuestionClosedReply> CloseOpenQuestionAsync(Session session, WebinarProgramme programme, CancellationToken ct)
    {
        var item = programme.FindItem(session.OpenItemId!)
            ?? throw new InvalidOperationException($"Open item '{session.OpenItemId}' is not in programme '{programme.Id}'.");
        session.OpenItemId = null;
        await store.UpdateSessionAsync(session, ct);
        var answers = (await store.ListAnswersAsync(session.Id, item.Id, ct)).Where(a => !a.IsRetracted).ToList();
        LogClosed(session.Id, item.Id, answers.Count);
        return new QuestionClosedReply(session, programme, item, answers.Count,
            answers.Select(a => a.ParticipantId).Distinct(StringComparer.Ordinal).Count());
    }

    private async Task<BotReply> StatusAsync(Session session, WebinarProgramme programme, Phrases say, CancellationToken ct)
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

    private async Task<IReadOnlyList<BotReply>> StopAsync(Session session, WebinarProgramme programme, Phrases say, CancellationToken ct)
    {
        var replies = new List<BotReply>();
        if (session.OpenItemId is not null)
        {
            replies.Add(await CloseOpenQuestionAsync(session, programme, ct));
        }

        replies.Add(new SessionSummaryReply(session, programme));
        session.State = SessionState.Stopped;
        session.EndedAt = time.GetUtcNow();
        await store.UpdateSessionAsync(session, ct);
        var total = (await store.ListAnswersAsync(session.Id, null, ct)).Count(a => !a.IsRetracted);
        replies.Add(new TextReply(say.Stopped(programme.Title, total)));
        LogStopped(session.Id, total);
        return replies;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId} started with programme {ProgrammeId} in {ConversationId}")]
    private partial void LogStarted(string sessionId, string programmeId, string conversationId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId} closed question {ItemId} with {Count} answers")]
    private partial void LogClosed(string sessionId, string itemId, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId} stopped with {Count} answers")]
    private partial void LogStopped(string sessionId, int count);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Answer stored for {SessionId}/{ItemId} from {Source}")]
    private partial void LogAnswerStored(string sessionId, string itemId, AnswerSource source);

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused {Command} from {ParticipantId} in session {SessionId}: not a facilitator")]
    private partial void LogRefused(string participantId, CommandKind command, string sessionId);
}
