namespace SocialeBasisBot.Themes.Labels;

/// <summary>A theme's readable label and its keywords, all real words from the answers.</summary>
public sealed record ThemeLabel(string Label, IReadOnlyList<string> Keywords);
