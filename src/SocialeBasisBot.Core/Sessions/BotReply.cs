using SocialeBasisBot.Programme;

namespace SocialeBasisBot.Sessions;

/// <summary>Something the bot says in the conversation; the Teams edge turns it into a message or a card.</summary>
public abstract record BotReply;

/// <summary>A plain text message.</summary>
public sealed record TextReply(string Text) : BotReply;

/// <summary>A programme item to post as a card.</summary>
public sealed record ItemReply(Session Session, WebinarProgramme Programme, ProgrammeItem Item, int Position, int Total)
    : BotReply;

/// <summary>A question was closed.</summary>
public sealed record QuestionClosedReply(
    Session Session,
    WebinarProgramme Programme,
    ProgrammeItem Item,
    int AnswerCount,
    int ParticipantCount) : BotReply;

/// <summary>The overview per building block (`samenvatting`, and at `stop`).</summary>
public sealed record SessionSummaryReply(Session Session, WebinarProgramme Programme) : BotReply;

/// <summary>Download links for the answers and summary (`export`, `export met namen`).</summary>
public sealed record ExportReply(Session Session, WebinarProgramme Programme, bool IncludeNames) : BotReply;
