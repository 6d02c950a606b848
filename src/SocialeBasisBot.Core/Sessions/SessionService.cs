using Microsoft.Extensions.Logging;
using SocialeBasisBot.Answers;
using SocialeBasisBot.Programme;
using SocialeBasisBot.Sessions.Commands;
using SocialeBasisBot.Storage;

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
    TurnStore turns,
    AnswerCommits commits,
    ReplyMessages messages,
    AnswerCountUpdates countUpdates,
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
            return await definition.RunAsync(new CommandTurn(conversation, who, command, say, session, null, steps), Durable);
        }

        if (session is null && definition.Needs == CommandNeeds.SessionOrLastLedInPersonalChat && conversation.IsPersonal)
        {
            session = await store.FindLatestSessionStartedByAsync(who.AadObjectId ?? who.Id, Durable);
        }

        if (session is null)
        {
            return [new TextReply(say.NoSession)];
        }

        if (!policy.MayDrive(session, who))
        {
            LogRefused(who.Id, definition.Word, session.Id);
            return [new TextReply(say.NotAllowed(session.StartedByName))];
        }

        if (!definition.TakesArgument && command.Argument.Length > 0)
        {
            return [new TextReply(say.UnexpectedArgument(command.Word))];
        }

        if (programmes.Find(session.ProgrammeId) is not { } programme)
        {
            return steps.EndOrphaned(session, say);
        }

        return await definition.RunAsync(new CommandTurn(conversation, who, command, say, session, programme, steps), Durable);
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
    /// the sender may not drive the session. Help is always help.
    /// </summary>
    public async Task<bool> IsAnswerFromParticipantAsync(ConversationInfo conversation, Participant who, FacilitatorCommand command)
    {
        if (command.Definition.AlwaysACommand)
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
        var result = await StoreAnswerAsync(conversation, who, incoming);
        if (result.Outcome != AnswerOutcome.Stored)
        {
            await turns.EnqueueAsync(AnswerReplyMessages(conversation, incoming, result), Durable);
        }

        return result;
    }

    private IReadOnlyList<OutboxMessage> AnswerReplyMessages(ConversationInfo conversation, IncomingAnswer incoming, AnswerResult answer) =>
        (incoming.Source == AnswerSource.Card
            ? AnswerReplies.ForCardSubmit(answer, conversation.IsPersonal, Phrases.Dutch)
            : AnswerReplies.ForMessage(answer, incoming.Addressed || conversation.IsPersonal, conversation.IsPersonal, incoming.Text, Phrases.Dutch))
        is { } text ? messages.For(conversation, [new TextReply(text)], Phrases.Dutch) : [];

    private async Task<AnswerResult> StoreAnswerAsync(ConversationInfo conversation, Participant who, IncomingAnswer incoming)
    {
        var itemId = incoming.ItemId;
        if (itemId is null && incoming.ReplyToId is not null && incoming.SessionId is not null)
        {
            // A card submit without an item: the card it came from says which question it answers.
            itemId = (await store.FindPostedCardByActivityAsync(incoming.SessionId, incoming.ReplyToId, Durable))?.ItemId;
        }

        // No lock here: the answer is committed in a batch with the others arriving now (AnswerCommits), which checks
        // again, under the conversation's lock and inside its transaction, that the question is still open.
        var session = incoming.SessionId is not null
            ? await store.FindSessionAsync(incoming.SessionId, Durable)
            : await store.FindRunningSessionAsync(conversation.Id, Durable);
        if (session is null || session.ConversationId != conversation.Id)
        {
            return new AnswerResult(AnswerOutcome.NoOpenQuestion);
        }

        itemId ??= session.OpenItemId;
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

        text = limits.Shorten(text);
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
        // What is said about a stored answer is stored with it; a duplicate is stored nowhere and says nothing.
        var outcome = await commits.AddAsync(conversation.Id, new NewAnswer(
            answer, AnswerReplyMessages(conversation, incoming, new AnswerResult(AnswerOutcome.Stored, session.Id, itemId))));
        if (outcome == AnswerOutcome.Stored)
        {
            LogAnswerStored(session.Id, itemId, incoming.Source);
            preparation.Enqueue(text);
            countUpdates.MarkChanged(session.ConversationId, session.Id, itemId);
        }

        return new AnswerResult(outcome, session.Id, itemId);
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
        countUpdates.MarkChanged(session.ConversationId, answer.SessionId, answer.ItemId);
        return new AnswerResult(AnswerOutcome.Stored, answer.SessionId, answer.ItemId);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Answer stored for {SessionId}/{ItemId} from {Source}")]
    private partial void LogAnswerStored(string sessionId, string itemId, AnswerSource source);

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused {Command} from {ParticipantId} in session {SessionId}: not a facilitator")]
    private partial void LogRefused(string participantId, string command, string sessionId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Session in {ConversationId} changed by another instance meanwhile; running the turn again (attempt {Attempt})")]
    private partial void LogConflict(string conversationId, int attempt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ignored a second delivery of message {MessageId} in {ConversationId}")]
    private partial void LogDuplicate(string messageId, string conversationId);
}
