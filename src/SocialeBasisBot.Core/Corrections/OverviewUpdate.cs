using SocialeBasisBot.Sessions;
using SocialeBasisBot.Summaries;

namespace SocialeBasisBot.Corrections;

/// <summary>
/// What the outbox worker needs to update a posted overview after a correction: the messages that carry its parts, in
/// order, and the corrected overview to render into them.
/// </summary>
public sealed record OverviewUpdate(Session Session, IReadOnlyList<string> ActivityIds, SessionSummary Summary, Phrases Say);
