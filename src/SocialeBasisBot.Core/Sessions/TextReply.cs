namespace SocialeBasisBot.Sessions;

/// <summary>A plain text message.</summary>
public sealed record TextReply(string Text) : BotReply;
