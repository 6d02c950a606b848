using Microsoft.Extensions.DependencyInjection;
using SocialeBasisBot.Answers;
using SocialeBasisBot.Sessions;
using SocialeBasisBot.Storage;

namespace SocialeBasisBot.Tests.Storage;

/// <summary>
/// What an answer batch (<see cref="TurnStore.AddAnswersAsync"/>, the group commit of a busy chat) must do on every
/// provider: PostgreSQL stores it as one statement of its own (<c>PostgresAnswerBatch</c>), SQLite through EF Core,
/// and both must give each answer the same outcome and store the same rows.
/// </summary>
public abstract class AnswerBatchContractTests<TBackend>(TBackend backend) : IClassFixture<TBackend>
    where TBackend : StorageBackend
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTimeOffset T0 = new(2026, 3, 12, 19, 30, 15, 123, TimeSpan.Zero);

    [SkippableFact]
    public async Task A_batch_stores_each_answer_to_the_open_question_once_in_arrival_order_and_says_what_became_of_the_others()
    {
        var (store, turns) = Stores();
        var open = await AddSessionAsync(store, SessionState.Running, "q2");
        var stopped = await AddSessionAsync(store, SessionState.Stopped, "q2");
        Assert.True(await store.TryAddAnswerAsync(Answer(open.Id, "q2", "m-before", "Al opgeslagen"), None));

        var card = Answer(open.Id, "q2", "m-card", "Buurthuis");
        card.Source = AnswerSource.Card;
        card.Choices = "a,c";
        // An instant written with another offset comes back as the same instant.
        card.ReceivedAt = new DateTimeOffset(2026, 3, 12, 21, 30, 16, 0, TimeSpan.FromHours(2));
        var quote = Answer(open.Id, "q2", "m-quote", "Eens, en ook de bibliotheek");
        quote.QuotedMessageId = "m-card";
        NewAnswer[] batch =
        [
            new(Answer(open.Id, "q2", "m-1", "Meer vrijwilligers"), []),
            new(card, []),
            new(Answer(open.Id, "q1", "m-old", "Antwoord op de vorige vraag"), []),
            new(Answer(open.Id, "q2", "m-1", "Meer vrijwilligers"), []),
            new(Answer(open.Id, "q2", "m-before", "Al opgeslagen"), []),
            new(Answer(stopped.Id, "q2", "m-2", "Te laat"), []),
            new(quote, []),
        ];

        var outcomes = await turns.AddAnswersAsync(batch, None);

        Assert.Equal(
            [AnswerOutcome.Stored, AnswerOutcome.Stored, AnswerOutcome.QuestionClosed, AnswerOutcome.Duplicate, AnswerOutcome.Duplicate, AnswerOutcome.QuestionClosed, AnswerOutcome.Stored],
            outcomes);
        var stored = await store.ListAnswersAsync(open.Id, null, None);
        Assert.Equal(["m-before", "m-1", "m-card", "m-quote"], stored.Select(a => a.SourceMessageId));
        Assert.Equal([batch[0].Answer.Id, batch[1].Answer.Id, batch[6].Answer.Id], stored.Skip(1).Select(a => a.Id));
        var storedCard = stored.Single(a => a.SourceMessageId == "m-card");
        Assert.Equal((AnswerSource.Card, "a,c", "Buurthuis", "Deelnemer m-card", "participant-m-card"),
            (storedCard.Source, storedCard.Choices, storedCard.Text, storedCard.ParticipantName, storedCard.ParticipantId));
        Assert.Equal(card.ReceivedAt, storedCard.ReceivedAt);
        Assert.Null(storedCard.EditedAt);
        Assert.Null(storedCard.RetractedAt);
        Assert.Equal("m-card", stored.Single(a => a.SourceMessageId == "m-quote").QuotedMessageId);
        Assert.Empty(await store.ListAnswersAsync(stopped.Id, null, None));
    }

    [SkippableFact]
    public async Task A_message_twice_in_a_batch_for_a_closed_question_is_closed_both_times()
    {
        var (store, turns) = Stores();
        var session = await AddSessionAsync(store, SessionState.Running, "q2");

        var outcomes = await turns.AddAnswersAsync(
            [new(Answer(session.Id, "q1", "m-1", "Te laat"), []), new(Answer(session.Id, "q1", "m-1", "Te laat"), [])], None);

        Assert.Equal([AnswerOutcome.QuestionClosed, AnswerOutcome.QuestionClosed], outcomes);
    }

    protected TBackend Backend => backend;

    protected (SessionStore Store, TurnStore Turns) Stores()
    {
        Skip.If(backend.SkipReason is not null, backend.SkipReason);
        return (backend.Store, backend.Turns);
    }

    protected static async Task<Session> AddSessionAsync(SessionStore store, SessionState state, string openItemId)
    {
        var session = new Session
        {
            Id = Guid.NewGuid().ToString("N"),
            ConversationId = $"19:{Guid.NewGuid():N}@thread.v2",
            ProgrammeId = "sociale-basis",
            State = state,
            OpenItemId = openItemId,
            StartedById = "00000000-0000-0000-0000-000000000001",
            StartedAt = T0,
        };
        await store.AddSessionAsync(session, None);
        return session;
    }

    protected static Answer Answer(string sessionId, string itemId, string messageId, string text) => new()
    {
        SessionId = sessionId,
        ItemId = itemId,
        ParticipantId = $"participant-{messageId}",
        ParticipantName = $"Deelnemer {messageId}",
        Text = text,
        SourceMessageId = messageId,
        Source = AnswerSource.Chat,
        ReceivedAt = T0,
    };
}
