using SocialeBasisBot.Programme;

namespace SocialeBasisBot.Sessions;

/// <summary>Download links for the answers and summary (`export`, `export met namen`).</summary>
public sealed record ExportReply(Session Session, WebinarProgramme Programme, bool IncludeNames) : BotReply;
