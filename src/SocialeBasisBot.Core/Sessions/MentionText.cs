namespace SocialeBasisBot.Sessions;

/// <summary>What an outbox <see cref="Storage.OutboxKind.Mention"/> carries: who is @mentioned, and the text after it.</summary>
public sealed record MentionText(string UserId, string Name, string? AadObjectId, string Text);
