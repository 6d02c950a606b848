namespace SocialeBasisBot.Themes.OffTopic;

/// <summary>
/// Which detector sets chat noise apart (setting <c>Themes:OffTopic</c>): the hand-written rules alone, or the rules
/// or the learned detector (<see cref="ChatNoiseDetector"/>). The rules are the default; docs/themes.md says by which
/// rule, fixed before the next unseen part is scored, the combination becomes the default.
/// </summary>
public enum OffTopicDetection
{
    /// <summary><see cref="OffTopicDetector"/> alone.</summary>
    Rules,

    /// <summary>A line is noise when the rules flag it or the learned detector's probability reaches its threshold.</summary>
    RulesAndLearned,
}
