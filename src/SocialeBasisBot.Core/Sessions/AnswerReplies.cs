namespace SocialeBasisBot.Sessions;

/// <summary>What the bot says back after an answer, if anything; decided here so the edge only sends it.</summary>
public static class AnswerReplies
{
    /// <summary>
    /// After a chat message that was not a command. In group chats the bot stays quiet unless it was addressed, so
    /// 150 answers don't become 150 replies.
    /// </summary>
    public static string? ForMessage(AnswerResult answer, bool addressed, bool personal, string text, Phrases say)
    {
        if (!addressed)
        {
            return null;
        }

        if (answer.Outcome == AnswerOutcome.Stored && personal)
        {
            return say.AnswerReceived;
        }

        // Addressed but not a command: an answer when a question is open; otherwise help the person along.
        return answer.Outcome switch
        {
            AnswerOutcome.Stored or AnswerOutcome.Duplicate => null,
            AnswerOutcome.NoOpenQuestion when text.Length == 0 => say.Help(false, []),
            AnswerOutcome.NoOpenQuestion => say.UnknownCommand(FirstWord(text)),
            AnswerOutcome.Empty => null,
            _ => say.ClosedAlready,
        };
    }

    /// <summary>After a card submit: a card has no chat message to show that it arrived, so some outcomes are said.</summary>
    public static string? ForCardSubmit(AnswerResult answer, bool personal, Phrases say) => answer.Outcome switch
    {
        AnswerOutcome.Stored => personal ? say.AnswerReceived : null,
        AnswerOutcome.QuestionClosed => say.ClosedAlready,
        AnswerOutcome.Empty => say.EmptyAnswer,
        _ => null,
    };

    private static string FirstWord(string text)
    {
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? text : text[..space];
    }
}
