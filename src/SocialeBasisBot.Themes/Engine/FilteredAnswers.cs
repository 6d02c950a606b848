namespace SocialeBasisBot.Themes.Engine;

/// <summary>Output of the filter stage: the answers to group, and the ids set apart as off-topic (greetings, sound, slides).</summary>
public sealed record FilteredAnswers(IReadOnlyList<ThemeAnswer> Answers, IReadOnlyList<string> OffTopic);
