using SocialeBasisBot.Programme;

namespace SocialeBasisBot.Sessions;

/// <summary>The summary a closed question asks for; <see cref="Summaries.SessionReports"/> makes it, off the lock.</summary>
public sealed record SummaryRequest(Session Session, ProgrammeItem Item);
