using Microsoft.Extensions.Logging;
using SocialeBasisBot.Answers;
using SocialeBasisBot.Programme;
using SocialeBasisBot.Sessions.Commands;
using SocialeBasisBot.Storage;
using SocialeBasisBot.Summaries;
using SocialeBasisBot.Themes;

namespace SocialeBasisBot.Sessions;

/// <summary>
/// Runs a programme in a conversation: facilitator commands move through the items, participants' messages become
/// answers while a question is open. Knows nothing about Teams; the edge turns replies into messages and cards.
/// <para>
/// The caller's token is the HTTP request's: Teams (or a client) hanging up must not undo a turn halfway, or throw
/// away an answer the sender already saw go out. So every store and the conversation's lock use
/// <see cref="Durable"/>; nothing under that lock calls Teams or the theme engine, so it is only ever held for
/// a few database round trips.
/// </para>
/// </summary>
public sealed partial class SessionService(
    SessionStore store,
    ProgrammeCatalog programmes,
    FacilitatorPolicy policy,
    AnswerPreparation preparation,
    AnswerLimits limits,
    ConversationLocks locks,
    SessionSteps steps,
    Privacy.PrivacyService privacy,
    QuestionTimer timer,
    TurnStore turns,
    AnswerCommits commits,
    ReplyMessages messages,
    TimeProvider time,
    ILogger<SessionService> logger)
{
    /// <summary>The token for work that must finish once started: storing what a participant or facilitator sent.</summary>
    private static readonly CancellationToken Durable = CancellationToken.None;

    /// <summary>
    /// Runs a command and saves what it did, with everything the bot says about it, in one transaction; the outbox
    /// worker sends it. Returns what was queued (nothing is sent during the turn).
    /// </summary>
    /// <param name="messageId">The message that carried the command: Teams redelivers when a bot is slow, and a
    /// command such as "volgende" must not run twice. Null when there is no message (the bot was just added).</param>
    public async Task<IReadOnlyList<BotReply>> HandleCommandAsync(
        ConversationInfo conversation, Participant who, FacilitatorCommand command, string? messageId, Phrases say)
    {
        using var turn = await locks.EnterAsync(conversation.Id, Durable);
        return await OnceAcrossInstancesAsync(conversation.Id, async () =>
        {
            // Answers need no such record: they are unique per message in storage.
            var handled = string.IsNullOrEmpty(messageId) ? ((string, string)?)null : (conversation.Id, messageId);
            if (handled is not null && await turns.WasHandledAsync(conversation.Id, messageId!, Durable))
            {
                LogDuplicate(messageId!, conversation.Id);
                return [];
            }

            var replies = await RunCommandAsync(conversation, who, command, say);
            await SaveAsync(conversation, replies, handled, say);
            return replies;
        });
    }

    /// <summary>
    /// The bot was added (Teams sends both a conversationUpdate and an installationUpdate, to one or more instances):
    /// help, once per conversation, however often or wherever it arrives.
    /// </summary>
    public Task<IReadOnlyList<BotReply>> GreetOnceAsync(ConversationInfo conversation, Participant who, Phrases say) =>
        HandleCommandAsync(conversation, who, new FacilitatorCommand(CommandTable.Get<HelpCommand>(), "", "help"), "sbb:greeting", say);

    /// <summary>
    /// A Teams meeting started in this chat: queues what to tell the room and returns it, or null when a session
    /// already runs (the room knows) or another instance had this event already.
    /// </summary>
    public async Task<MeetingReady?> MeetingStartedAsync(ConversationInfo conversation, string? eventId)
    {
        if (!string.IsNullOrEmpty(eventId) && !await store.TryMarkProcessedAsync(conversation.Id, eventId, Durable))
        {
            return null;
        }

        if (await store.FindRunningSessionAsync(conversation.Id, Durable) is not null)
        {
            return null;
        }

        var programme = programmes.Default;
        var ready = new MeetingReady(programme.Title, programme.Id, [.. programmes.Ids.Where(id => id != programme.Id)], Phrases.For(programme.Language));
        await turns.EnqueueAsync(messages.For(conversation, [ready], ready.Say), Durable);
        return ready;
    }

    /// <summary>
    /// The bot was removed from the chat: a running session ends as it stands. Its answers stay; nothing is queued,
    /// because Teams refuses (403) every message to a chat the bot has left.
    /// </summary>
    public async Task EndWithRemovalAsync(string conversationId)
    {
        using var turn = await locks.EnterAsync(conversationId, Durable);
        await OnceAcrossInstancesAsync(conversationId, async () =>
        {
            if (await store.FindRunningSessionAsync(conversationId, Durable) is { } session)
            {
                session.State = SessionState.Stopped;
                session.OpenItemId = null;
                session.EndedAt = time.GetUtcNow();
                await store.UpdateSessionAsync(session, Durable);
                LogEndedByRemoval(session.Id, conversationId);
            }

            return [];
        });
    }

    /// <summary>What `help` says to this sender in this chat (the bot was added, or asked something that is no command).</summary>
    public Task<IReadOnlyList<BotReply>> HelpAsync(ConversationInfo conversation, Participant who, Phrases say) =>
        HandleCommandAsync(conversation, who, new FacilitatorCommand(CommandTable.Get<HelpCommand>(), "", "help"), null, say);

    /// <summary>
    /// The language of a message that answers no command: the running (or else the last) session's programme's, so
    /// an English webinar stays English; when the chat has had no session, <paramref name="noSession"/> (the language
    /// of the Teams client that installed the bot, for the greeting), else Dutch.
    /// </summary>
    public async Task<Phrases> PhrasesForAsync(string conversationId, string? noSession = null)
    {
        var session = await store.FindRunningSessionAsync(conversationId, Durable)
            ?? await store.FindLatestSessionAsync(conversationId, Durable);
        return Phrases.For(session is null ? noSession : programmes.Find(session.ProgrammeId)?.Language);
    }

    /// <summary>
    /// Runs a turn's change again when another instance changed the session between this one reading and saving it
    /// (the session's version decides, in the database), started a session in this chat at the same moment, or
    /// handled the same message (unique indexes). The in-process lock makes that rare within one instance; across
    /// instances this is what keeps two `volgende`s from both moving from the same item.
    /// </summary>
    private async Task<IReadOnlyList<BotReply>> OnceAcrossInstancesAsync(string conversationId, Func<Task<IReadOnlyList<BotReply>>> change)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await change();
            }
            catch (Microsoft.EntityFrameworkCore.DbUpdateException) when (attempt < 5)
            {
                LogConflict(conversationId, attempt);
            }
        }
    }

    private Task SaveAsync(ConversationInfo conversation, IReadOnlyList<BotReply> replies, (string, string)? handled, Phrases say) =>
        turns.SaveAsync(replies.OfType<SessionChanged>().LastOrDefault(), handled, messages.For(conversation, replies, say), Durable);

    private async Task<IReadOnlyList<BotReply>> RunCommandAsync(ConversationInfo conversation, Participant who, FacilitatorCommand command, Phrases say)
    {
        var definition = command.Definition;
        var session = await store.FindRunningSessionAsync(conversation.Id, Durable);
        if (definition.Needs == CommandNeeds.Nothing)
        {
            return Posted(await definition.RunAsync(new CommandTurn(conversation, who, command, say, session, null, steps, privacy) { Timer = timer }, Durable));
        }

        if (session is null && definition.Needs == CommandNeeds.SessionOrLastFinished)
        {
            // `export` after `stop` is the usual order; the facilitator check below still applies to that session.
            session = conversation.IsPersonal
                ? await store.FindLatestSessionStartedByAsync(who.AadObjectId ?? who.Id, Durable)
                : await store.FindLatestSessionAsync(conversation.Id, Durable);
        }

        if (session is null)
        {
            return [new TextReply(say.NoSession)];
        }

        if (!policy.MayDrive(session, who))
        {
            LogRefused(who.Id, definition.Word, session.Id);
            return [FacilitatorPolicy.Refusal(who, session, say)];
        }

        if (!definition.TakesArgument && command.Argument.Length > 0)
        {
            return [new TextReply(say.UnexpectedArgument(command.Word))];
        }

        if (programmes.Find(session.ProgrammeId) is not { } programme)
        {
            return steps.EndOrphaned(session, say);
        }

        return Posted(await definition.RunAsync(new CommandTurn(conversation, who, command, say, session, programme, steps, privacy) { Timer = timer }, Durable));
    }

    /// <summary>What follows a command's replies on every path: a question it opened is timed and prepared.</summary>
    private IReadOnlyList<BotReply> Posted(IReadOnlyList<BotReply> replies)
    {
        var timed = TimeQuestions(replies);
        PrepareOpenedQuestions(timed);
        return timed;
    }

    /// <summary>The card of a question this turn opened (its session's open item), or null.</summary>
    private static ItemReply? OpenedQuestion(BotReply reply) =>
        reply is ItemReply { Item.IsQuestion: true } posted && posted.Session.OpenItemId == posted.Item.Id ? posted : null;

    /// <summary>
    /// A question that opens has its expected themes' prototypes and its building blocks' texts embedded in the
    /// background now, as its answers will be: otherwise its first wall theming and its summary after `sluit` embed
    /// them (53 texts for q1 of the built-in programme, two of them ~300 words).
    /// </summary>
    private void PrepareOpenedQuestions(IReadOnlyList<BotReply> replies)
    {
        foreach (var reply in replies)
        {
            if (OpenedQuestion(reply) is { Item: var item } posted)
            {
                var texts = QuestionTexts.All(QuestionThemeContext.ExpectedThemes(item), QuestionThemeContext.BuildingBlocks(posted.Programme, item));
                foreach (var text in texts)
                {
                    preparation.Enqueue(text);
                }
            }
        }
    }

    /// <summary>
    /// A question with a `duration`, or posted after `timer 3` was given for it, starts its timer as it is posted; its
    /// card says when it closes (no chat line).
    /// </summary>
    private IReadOnlyList<BotReply> TimeQuestions(IReadOnlyList<BotReply> replies)
    {
        if (!replies.Any(r => r is ItemReply { Item.IsQuestion: true } posted && (posted.Item.Duration is not null || posted.Session.NextQuestionMinutes is not null)))
        {
            return replies;
        }

        var timed = new List<BotReply>();
        foreach (var reply in replies)
        {
            timed.Add(reply);
            if (OpenedQuestion(reply) is { Item: var item } posted
                && (posted.Session.NextQuestionMinutes is { } minutes ? TimeSpan.FromMinutes(minutes) : item.Duration) is { } length)
            {
                // The session is saved with the turn (its SessionChanged); the card, rendered from it, shows the time.
                posted.Session.NextQuestionMinutes = null;
                timer.Start(posted.Session, item, length, Phrases.For(posted.Programme.Language));
            }
        }

        return timed;
    }

    /// <summary>
    /// A question timer is due (<see cref="QuestionTimer.DueAsync"/>): the 30-second reminder, or the close, which goes
    /// the way of `sluit` (closed card and summary queued with the change). Under the session's version, so when
    /// several instances see the same due timer, one fires it and the others find it gone. What it says is queued in
    /// the outbox with the change, in one transaction. Null: nothing to say.
    /// </summary>
    public async Task<TimerFired?> FireTimerAsync(Session due)
    {
        using var turn = await locks.EnterAsync(due.ConversationId, Durable);
        TimerFired? fired = null;
        await OnceAcrossInstancesAsync(due.ConversationId, async () =>
        {
            fired = null;
            var session = await store.FindSessionAsync(due.Id, Durable);
            if (session is not { State: SessionState.Running, TimerItemId: not null, ConversationReference: not null })
            {
                return [];
            }

            var now = time.GetUtcNow();
            var programme = programmes.Find(session.ProgrammeId);
            var item = programme?.FindItem(session.TimerItemId);
            if (programme is null || item is null || session.OpenItemId != session.TimerItemId)
            {
                // The question was closed or moved past by hand: the timer is void.
                ClearTimer(session);
                await store.UpdateSessionAsync(session, Durable);
                return [];
            }

            var say = Phrases.For(programme.Language);
            var chat = new ConversationInfo(session.ConversationId, session.ConversationReference, IsPersonal: false);
            if (session.ClosesAt <= now)
            {
                ClearTimer(session);
                var closed = await steps.CloseAsync(session, programme, say, Durable);
                await SaveAsync(chat, closed, null, say);
                LogTimerClosed(session.Id, item.Id);
                fired = new TimerFired(session.ConversationReference, closed, say);
            }
            else if (session.RemindAt <= now)
            {
                session.RemindAt = null;
                IReadOnlyList<BotReply> reminder = [new SessionChanged(session), new TextReply(say.ClosingSoon(item.Title))];
                await SaveAsync(chat, reminder, null, say);
                fired = new TimerFired(session.ConversationReference, reminder, say);
            }

            return [];
        });
        return fired;
    }

    private static void ClearTimer(Session session)
    {
        session.TimerItemId = null;
        session.ClosesAt = null;
        session.RemindAt = null;
    }

    /// <summary>
    /// The Teams meeting this chat belongs to has ended: a session still running there is stopped as if its
    /// facilitator typed `stop`, so the summary is in the chat when people look back.
    /// </summary>
    public async Task<IReadOnlyList<BotReply>> EndWithMeetingAsync(string conversationId, Phrases say)
    {
        using var turn = await locks.EnterAsync(conversationId, Durable);
        return await OnceAcrossInstancesAsync(conversationId, async () =>
        {
            var session = await store.FindRunningSessionAsync(conversationId, Durable);
            if (session is null || programmes.Find(session.ProgrammeId) is not { } programme)
            {
                return [];
            }

            var replies = await steps.StopAsync(session, programme, say, Durable);
            await SaveAsync(new ConversationInfo(conversationId, session.ConversationReference, IsPersonal: false), replies, null, say);
            return replies;
        });
    }

    /// <summary>
    /// True when a message that starts with a command word is really a participant's answer: a question is open and
    /// the sender may not drive the session. Help is always help, and a bare command word ("sluit") is never an
    /// answer: it is refused rather than stored.
    /// </summary>
    public async Task<bool> IsAnswerFromParticipantAsync(ConversationInfo conversation, Participant who, FacilitatorCommand command)
    {
        if (command.Definition.AlwaysACommand || command.IsBare)
        {
            return false;
        }

        var session = await store.FindRunningSessionAsync(conversation.Id, Durable);
        return session is { OpenItemId: not null } && !policy.MayDrive(session, who);
    }

    /// <summary>
    /// Stores an answer and queues what the bot says about it, if anything (<see cref="AnswerReplies"/>), in the same
    /// transaction; committed before the caller gets its 200.
    /// </summary>
    public async Task<AnswerResult> RecordAnswerAsync(
        ConversationInfo conversation, Participant who, IncomingAnswer incoming)
    {
        var result = await StoreAnswerAsync(conversation, who, incoming, queueReply: true);
        if (result.Outcome != AnswerOutcome.Stored)
        {
            // Answers the programme's language (the running or last session's), as the stored answer's reply does.
            var say = await PhrasesForAsync(conversation.Id);
            if (incoming.Source != AnswerSource.Card && AddressedMessage.WantsHelp(result, incoming.Addressed || conversation.IsPersonal))
            {
                await HelpAsync(conversation, who, say);
            }
            else
            {
                await turns.EnqueueAsync(AnswerReplyMessages(conversation, incoming, result, say), Durable);
            }
        }

        return result;
    }

    private IReadOnlyList<OutboxMessage> AnswerReplyMessages(ConversationInfo conversation, IncomingAnswer incoming, AnswerResult answer, Phrases say) =>
        (incoming.Source == AnswerSource.Card
            ? AnswerReplies.ForCardSubmit(answer, conversation.IsPersonal, say)
            : AnswerReplies.ForMessage(answer, incoming.Addressed || conversation.IsPersonal, conversation.IsPersonal, incoming.Text, say))
        is { } text ? messages.For(conversation, [new TextReply(text)], say) : [];

    /// <param name="queueReply">False for a Universal Actions answer: its receipt is the invoke's response, not a chat message.</param>
    private async Task<AnswerResult> StoreAnswerAsync(ConversationInfo conversation, Participant who, IncomingAnswer incoming, bool queueReply)
    {
        var result = await StoreAnswerAsync(conversation, who, incoming, queueReply, mayUseCache: true);
        if (result.Answer.Outcome == AnswerOutcome.QuestionClosed && result.FromCache)
        {
            // The cached session was out of date (another instance moved on, or this one just did): once more, read.
            store.ForgetCachedSession(conversation.Id);
            result = await StoreAnswerAsync(conversation, who, incoming, queueReply, mayUseCache: false);
        }

        return result.Answer;
    }

    private async Task<(AnswerResult Answer, bool FromCache)> StoreAnswerAsync(
        ConversationInfo conversation, Participant who, IncomingAnswer incoming, bool queueReply, bool mayUseCache)
    {
        var itemId = incoming.ItemId;
        if (itemId is null && incoming.ReplyToId is not null && incoming.SessionId is not null)
        {
            // A card submit without an item: the card it came from says which question it answers.
            itemId = (await store.FindPostedCardByActivityAsync(incoming.SessionId, incoming.ReplyToId, Durable))?.ItemId;
        }

        // No lock here: the answer is committed in a batch with the others arriving now (AnswerCommits), which checks
        // again, under the conversation's lock and inside its transaction, that the question is still open. That check
        // is also what makes the cached session safe to use (OpenQuestionCache).
        var (session, cached) = incoming.SessionId is not null
            ? (await store.FindSessionAsync(incoming.SessionId, Durable), false)
            : mayUseCache
                ? await store.FindSessionForAnswerAsync(conversation.Id, Durable)
                : (await store.FindRunningSessionAsync(conversation.Id, Durable), false);
        if (session is null || session.ConversationId != conversation.Id)
        {
            return (new AnswerResult(AnswerOutcome.NoOpenQuestion), cached);
        }

        itemId ??= session.OpenItemId;
        if (itemId is null)
        {
            return (new AnswerResult(AnswerOutcome.NoOpenQuestion, session.Id), cached);
        }

        if (session.State != SessionState.Running || !string.Equals(session.OpenItemId, itemId, StringComparison.Ordinal))
        {
            return (new AnswerResult(AnswerOutcome.QuestionClosed, session.Id, itemId), cached);
        }

        var item = programmes.Find(session.ProgrammeId)?.FindItem(itemId);
        var (text, choices) = Prepare(item, incoming);
        // An empty quote-reply of an answer to this question says "+1": stored, and counted as support for it.
        if (text.Length == 0 && !(incoming.QuotedMessageId is { } quoted
            && await store.FindAnswerByMessageAsync(conversation.Id, quoted, Durable) is { } q && q.Answer.SessionId == session.Id && q.Answer.ItemId == itemId))
        {
            return (new AnswerResult(AnswerOutcome.Empty, session.Id, itemId), cached);
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
            QuotedMessageId = incoming.QuotedMessageId,
            ReceivedAt = time.GetUtcNow(),
        };
        // What is said about a stored answer is stored with it; a duplicate is stored nowhere and says nothing.
        var outcome = await commits.AddAsync(conversation.Id, new NewAnswer(
            answer, queueReply
                ? AnswerReplyMessages(conversation, incoming, new AnswerResult(AnswerOutcome.Stored, session.Id, itemId), Phrases.For(programmes.Find(session.ProgrammeId)?.Language))
                : []));
        if (outcome == AnswerOutcome.Stored)
        {
            LogAnswerStored(session.Id, itemId, incoming.Source);
            Telemetry.BotTelemetry.AnswersReceived.Add(1, new KeyValuePair<string, object?>("socialebasisbot.answer.source", incoming.Source.ToString()));
            preparation.Enqueue(text);
        }

        return (new AnswerResult(outcome, session.Id, itemId), cached);
    }

    /// <summary>
    /// An answer sent from a question or poll card (Universal Actions): one per person per question, so a second
    /// submit replaces the first rather than counting twice. The receipt is what the submitter alone is shown.
    /// </summary>
    public async Task<CardAnswerReceipt> RecordCardAnswerAsync(ConversationInfo conversation, Participant who, IncomingAnswer incoming)
    {
        var key = $"card:{incoming.ItemId}:{who.AadObjectId ?? who.Id}";
        var result = await StoreAnswerAsync(conversation, who, incoming with { MessageId = key }, queueReply: false);
        var replaced = false;
        if (result.Outcome == AnswerOutcome.Duplicate)
        {
            replaced = await ChangeAnswerAsync(conversation.Id, key, (answer, item) =>
            {
                var (text, choices) = Prepare(item, incoming);
                answer.Text = text;
                answer.Choices = choices.Count > 0 ? string.Join(',', choices) : null;
                answer.EditedAt = time.GetUtcNow();
                answer.RetractedAt = null;
                preparation.Enqueue(text);
            }) is not null;
        }

        var session = result.SessionId is null ? null : await store.FindSessionAsync(result.SessionId, Durable);
        var programme = session is null ? null : programmes.Find(session.ProgrammeId);
        var say = Phrases.For(programme?.Language);
        if (result.Outcome is not (AnswerOutcome.Stored or AnswerOutcome.Duplicate) || session is null || programme?.FindItem(result.ItemId!) is not { } question)
        {
            return new CardAnswerReceipt(result.Outcome, say);
        }

        var stored = await store.FindAnswerByMessageAsync(conversation.Id, key, Durable);
        var count = await store.CountAnswersAsync(session.Id, question.Id, Durable);
        return new CardAnswerReceipt(AnswerOutcome.Stored, say, replaced, stored?.Answer.Text, question, session.Id, count);
    }

    /// <summary>
    /// "Change your answer" on a receipt: the question card again, open, with what this person sent in it, or null
    /// when the question has closed meanwhile.
    /// </summary>
    public async Task<CardToChange?> CardToChangeAsync(ConversationInfo conversation, Participant who, string sessionId, string itemId)
    {
        var session = await store.FindSessionAsync(sessionId, Durable);
        if (session is null || session.ConversationId != conversation.Id || session.State != SessionState.Running
            || session.OpenItemId != itemId || programmes.Find(session.ProgrammeId) is not { } programme
            || programme.FindItem(itemId) is not { } item)
        {
            return null;
        }

        var existing = await store.FindAnswerByMessageAsync(conversation.Id, $"card:{itemId}:{who.AadObjectId ?? who.Id}", Durable);
        var answer = existing?.Answer is { IsRetracted: false } a ? a : null;
        return new CardToChange(session, programme, item, answer?.Choices is null ? answer?.Text ?? "" : "", answer?.Choices ?? "");
    }

    /// <summary>The text and poll choices an incoming answer stores: chosen options in words when nothing was typed.</summary>
    private (string Text, IReadOnlyList<string> Choices) Prepare(ProgrammeItem? item, IncomingAnswer incoming)
    {
        var choices = incoming.Choices is { Count: > 0 } ? PollChoices.Valid(item, incoming.Choices) : PollChoices.Parse(item, incoming.Text);
        var text = incoming.Text.Trim();
        if (text.Length == 0 && choices.Count > 0 && item is not null)
        {
            text = PollChoices.Describe(item, choices);
        }

        return (text.Length == 0 ? "" : limits.Shorten(text), choices);
    }

    /// <summary>A participant edited the message that carried an answer: the new text replaces the old.</summary>
    public async Task<AnswerResult?> EditAnswerAsync(string conversationId, string messageId, string newText)
    {
        var text = newText.Trim();
        if (text.Length == 0)
        {
            return await RetractAnswerAsync(conversationId, messageId);
        }

        text = limits.Shorten(text);
        return await ChangeAnswerAsync(conversationId, messageId, (answer, item) =>
        {
            answer.Text = text;
            answer.EditedAt = time.GetUtcNow();
            preparation.Enqueue(text);
            var choices = PollChoices.Parse(item, text);
            answer.Choices = choices.Count > 0 ? string.Join(',', choices) : null;
        });
    }

    /// <summary>A participant deleted the message: the answer no longer counts, but the row stays for dedup.</summary>
    public Task<AnswerResult?> RetractAnswerAsync(string conversationId, string messageId) =>
        ChangeAnswerAsync(conversationId, messageId, (answer, _) => answer.RetractedAt ??= time.GetUtcNow());

    public Task<AnswerResult?> RestoreAnswerAsync(string conversationId, string messageId) =>
        ChangeAnswerAsync(conversationId, messageId, (answer, _) => answer.RetractedAt = null);

    private async Task<AnswerResult?> ChangeAnswerAsync(
        string conversationId, string messageId, Action<Answer, ProgrammeItem?> change)
    {
        var found = await store.FindAnswerByMessageAsync(conversationId, messageId, Durable);
        if (found is null)
        {
            return null;
        }

        var (answer, session) = found.Value;
        change(answer, programmes.Find(session.ProgrammeId)?.FindItem(answer.ItemId));
        await store.UpdateAnswerAsync(answer, Durable);
        return new AnswerResult(AnswerOutcome.Stored, answer.SessionId, answer.ItemId);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId}: the timer closed question {ItemId}")]
    private partial void LogTimerClosed(string sessionId, string itemId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId} ended because the bot was removed from {ConversationId}; its answers are kept")]
    private partial void LogEndedByRemoval(string sessionId, string conversationId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Answer stored for {SessionId}/{ItemId} from {Source}")]
    private partial void LogAnswerStored(string sessionId, string itemId, AnswerSource source);

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused {Command} from {ParticipantId} in session {SessionId}: not a facilitator")]
    private partial void LogRefused(string participantId, string command, string sessionId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Session in {ConversationId} changed by another instance meanwhile; running the turn again (attempt {Attempt})")]
    private partial void LogConflict(string conversationId, int attempt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ignored a second delivery of message {MessageId} in {ConversationId}")]
    private partial void LogDuplicate(string messageId, string conversationId);
}
