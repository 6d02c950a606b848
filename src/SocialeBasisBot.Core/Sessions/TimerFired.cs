namespace SocialeBasisBot.Sessions;

/// <summary>What a question timer says when it fires, and where: the reminder, or the close's announcement.</summary>
public sealed record TimerFired(string ConversationReference, IReadOnlyList<BotReply> Replies, Phrases Say);
