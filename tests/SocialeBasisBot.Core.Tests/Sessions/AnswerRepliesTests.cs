using SocialeBasisBot.Sessions;

namespace SocialeBasisBot.Core.Tests.Sessions;

/// <summary>What the bot says after an answer: quiet in a busy group chat, helpful when spoken to.</summary>
public class AnswerRepliesTests
{
    private static readonly Phrases Say = Phrases.Dutch;

    [Theory]
    [InlineData(AnswerOutcome.Stored)]
    [InlineData(AnswerOutcome.Duplicate)]
    [InlineData(AnswerOutcome.NoOpenQuestion)]
    [InlineData(AnswerOutcome.QuestionClosed)]
    [InlineData(AnswerOutcome.Empty)]
    public void A_message_that_does_not_address_the_bot_gets_no_reply(AnswerOutcome outcome)
    {
        Assert.Null(AnswerReplies.ForMessage(new AnswerResult(outcome), addressed: false, personal: false, "iets", Say));
    }

    [Fact]
    public void An_addressed_message_is_answered_by_what_happened_to_it()
    {
        Assert.Null(AnswerReplies.ForMessage(new AnswerResult(AnswerOutcome.Stored), true, false, "mijn antwoord", Say));
        Assert.Equal(Say.AnswerReceived, AnswerReplies.ForMessage(new AnswerResult(AnswerOutcome.Stored), true, true, "mijn antwoord", Say));
        Assert.Equal(Say.UnknownCommand("verzin"), AnswerReplies.ForMessage(new AnswerResult(AnswerOutcome.NoOpenQuestion), true, false, "verzin iets", Say));
        Assert.Equal(Say.Help(false, []), AnswerReplies.ForMessage(new AnswerResult(AnswerOutcome.NoOpenQuestion), true, false, "", Say));
        Assert.Equal(Say.ClosedAlready, AnswerReplies.ForMessage(new AnswerResult(AnswerOutcome.QuestionClosed), true, false, "te laat", Say));
        Assert.Null(AnswerReplies.ForMessage(new AnswerResult(AnswerOutcome.Empty), true, false, "", Say));
    }

    [Fact]
    public void A_card_submit_is_confirmed_only_in_a_personal_chat_and_told_when_it_did_not_count()
    {
        Assert.Null(AnswerReplies.ForCardSubmit(new AnswerResult(AnswerOutcome.Stored), personal: false, Say));
        Assert.Equal(Say.AnswerReceived, AnswerReplies.ForCardSubmit(new AnswerResult(AnswerOutcome.Stored), personal: true, Say));
        Assert.Equal(Say.ClosedAlready, AnswerReplies.ForCardSubmit(new AnswerResult(AnswerOutcome.QuestionClosed), false, Say));
        Assert.Equal(Say.EmptyAnswer, AnswerReplies.ForCardSubmit(new AnswerResult(AnswerOutcome.Empty), false, Say));
        Assert.Null(AnswerReplies.ForCardSubmit(new AnswerResult(AnswerOutcome.Duplicate), false, Say));
    }
}
