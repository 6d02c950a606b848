namespace SocialeBasisBot.Themes;

/// <summary>A building block of the theory of change with its text, so themes can be tied to it.</summary>
public sealed record BuildingBlockText(string Id, string Title, string Text);
