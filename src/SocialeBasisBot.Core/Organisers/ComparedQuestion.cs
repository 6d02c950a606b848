namespace SocialeBasisBot.Organisers;

/// <summary>One question of a comparison, with its expected themes.</summary>
public sealed record ComparedQuestion(string ItemId, string Title, IReadOnlyList<ComparedTheme> Themes);
