using SocialeBasisBot.Sessions;
using SocialeBasisBot.Summaries;

namespace SocialeBasisBot.Corrections;

/// <summary>
/// What the outbox worker needs to update a posted summary card after a correction: the message that carries it, the
/// corrected summary, and the facilitators' Teams ids (they keep their own view through the card's refresh).
/// </summary>
public sealed record SummaryUpdate(Session Session, string ActivityId, QuestionSummary Summary, Phrases Say, IReadOnlyList<string> Facilitators);
