namespace SocialeBasisBot.Sessions;

/// <summary>
/// Not said in the chat: tells <see cref="SessionService"/> that the turn changed (or, <paramref name="Started"/>,
/// created) the session, so it is saved in the same transaction as everything the turn queued to send.
/// </summary>
public sealed record SessionChanged(Session Session, bool Started = false) : BotReply;
