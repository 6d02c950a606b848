namespace SocialeBasisBot.Sessions;

/// <summary>A plain text message that starts by @mentioning <paramref name="Who"/>, so they see it was meant for them.</summary>
public sealed record MentionReply(Participant Who, string Text) : BotReply;
