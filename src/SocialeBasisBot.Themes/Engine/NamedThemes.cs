namespace SocialeBasisBot.Themes.Engine;

/// <summary>Output of the label stage: the themes as the user sees them, and which key-phrase provider (if any) gave keywords.</summary>
public sealed record NamedThemes(IReadOnlyList<Theme> Themes, string? KeyPhraseProvider, IReadOnlyList<string> Notes);
