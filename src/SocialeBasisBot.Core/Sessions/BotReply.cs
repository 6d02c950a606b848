namespace SocialeBasisBot.Sessions;

/// <summary>Something the bot says in the conversation; the Teams edge turns it into a message or a card.</summary>
public abstract record BotReply;
