using SocialeBasisBot.Programme;

namespace SocialeBasisBot.Sessions;

/// <summary>A question was closed.</summary>
public sealed record QuestionClosedReply(
    Session Session,
    WebinarProgramme Programme,
    ProgrammeItem Item,
    int AnswerCount,
    int ParticipantCount) : BotReply;
