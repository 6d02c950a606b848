namespace SocialeBasisBot.Organisers;

/// <param name="Counts">Answers in this theme per session, in the order of <see cref="SessionComparison.Sessions"/>.</param>
public sealed record ComparedTheme(string ThemeId, string Label, IReadOnlyList<int> Counts);
