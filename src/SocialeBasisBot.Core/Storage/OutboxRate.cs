namespace SocialeBasisBot.Storage;

/// <summary>At most <paramref name="Messages"/> sent to one conversation in any <paramref name="Window"/>.</summary>
public sealed record OutboxRate(TimeSpan Window, int Messages);
