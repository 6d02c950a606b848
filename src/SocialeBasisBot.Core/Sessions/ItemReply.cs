using SocialeBasisBot.Programme;

namespace SocialeBasisBot.Sessions;

/// <summary>A programme item to post as a card.</summary>
public sealed record ItemReply(Session Session, WebinarProgramme Programme, ProgrammeItem Item, int Position, int Total)
    : BotReply;
