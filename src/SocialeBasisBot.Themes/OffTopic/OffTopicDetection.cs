namespace SocialeBasisBot.Themes.OffTopic;

/// <summary>
/// Which detector sets chat noise apart (setting <c>Themes:OffTopic</c>): the hand-written rules alone, or the rules
/// or the learned detector (<see cref="ChatNoiseDetector"/>). The combination is the default since session 6: it won on
/// the unseen part fresh3 by the rule fixed before that part was scored (docs/themes.md).
/// </summary>
public enum OffTopicDetection
{
    /// <summary><see cref="OffTopicDetector"/> alone.</summary>
    Rules,

    /// <summary>A line is noise when the rules flag it or the learned detector's probability reaches its threshold.</summary>
    RulesAndLearned,
}
