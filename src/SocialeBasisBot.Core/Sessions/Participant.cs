namespace SocialeBasisBot.Sessions;

/// <summary>Someone in the conversation, as far as the channel tells us.</summary>
public sealed record Participant(string Id, string Name, string? AadObjectId = null);
