using SocialeBasisBot.Programme;

namespace SocialeBasisBot.Sessions;

/// <summary>A question was closed: the card goes to its closed form, the count is said, the summary follows.</summary>
public sealed record QuestionClosedReply(
    Session Session,
    WebinarProgramme Programme,
    ProgrammeItem Item,
    int AnswerCount,
    int ParticipantCount) : BotReply
{
    /// <summary>The line said in the chat, in the language of the command that closed the question.</summary>
    public string Announcement(Phrases say) => say.QuestionClosed(Item.Title, AnswerCount, ParticipantCount);
}
