namespace SocialeBasisBot.Themes;

/// <summary>One participant answer handed to the theme engine.</summary>
public sealed record ThemeAnswer(string Id, string Text);
