namespace SocialeBasisBot.Themes;

/// <summary>One participant answer handed to the theme engine.</summary>
public sealed record ThemeAnswer(string Id, string Text)
{
    /// <summary>Who wrote it (display name), so "eens met Sandra" can find Sandra's answer; optional.</summary>
    public string? Author { get; init; }

    /// <summary>The id of the answer this one quotes (a Teams quote-reply), when known; optional.</summary>
    public string? QuotedAnswerId { get; init; }
}
