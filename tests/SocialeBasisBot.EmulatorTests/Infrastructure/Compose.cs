namespace SocialeBasisBot.EmulatorTests.Infrastructure;

/// <summary>Where the UI types: a new post in the open channel, or a reply in the thread whose first post holds <see cref="Thread"/>.</summary>
public sealed record Compose(bool NewPost = false, string? Thread = null);
