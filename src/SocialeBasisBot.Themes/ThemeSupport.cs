namespace SocialeBasisBot.Themes;

/// <summary>
/// An answer that only agrees ("+1", "eens met Sandra", "idem", 👍): support for the answer it refers to, counted
/// there, never a theme member and never off-topic. <see cref="SupportsId"/> is null when there was nothing before it.
/// </summary>
public sealed record ThemeSupport(string AnswerId, string? SupportsId);
