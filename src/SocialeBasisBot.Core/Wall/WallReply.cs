using SocialeBasisBot.Programme;
using SocialeBasisBot.Sessions;

namespace SocialeBasisBot.Wall;

/// <summary>The link to a session's theme wall (`muur`); the edge asks <see cref="WallLinks.Message"/> for the text.</summary>
public sealed record WallReply(Session Session, WebinarProgramme Programme, Phrases Say) : BotReply;
