using SocialeBasisBot.Programme;

namespace SocialeBasisBot.Sessions;

/// <summary>The overview per building block (`samenvatting`, and at `stop`).</summary>
public sealed record SessionSummaryReply(Session Session, WebinarProgramme Programme) : BotReply;
