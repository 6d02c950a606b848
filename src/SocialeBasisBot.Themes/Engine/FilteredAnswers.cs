namespace SocialeBasisBot.Themes.Engine;

/// <summary>
/// Output of the filter stage: the answers to group, the ids set apart as off-topic (greetings, sound, slides), and
/// the answers that only agree with another one (support, neither grouped nor off-topic).
/// </summary>
public sealed record FilteredAnswers(IReadOnlyList<ThemeAnswer> Answers, IReadOnlyList<string> OffTopic)
{
    public IReadOnlyList<ThemeSupport> Support { get; init; } = [];
}
