namespace SocialeBasisBot.Themes.OffTopic;

/// <summary>
/// The learned detector's combination with the rules: a line is chat noise when the hand-written rules flag it
/// (<see cref="OffTopicDetector"/>) or the learned detector (<see cref="LearnedOffTopicDetector"/>, n-grams and the
/// rules' word-class signals) gives it a probability of at least <see cref="Threshold"/>. The engine runs it when
/// <c>Themes:OffTopic</c> is <see cref="OffTopicDetection.RulesAndLearned"/> (the default since it won on fresh3,
/// docs/themes.md, "Session 6"); the benchmark's --off-topic scores both.
/// </summary>
public static class ChatNoiseDetector
{
    /// <summary>
    /// The learned detector's probability from which a line the rules let through is chat noise: chosen in session 6 by
    /// cross-validation on the seen parts (dev, heldout, fresh, fresh2, fresh3) as the highest recall that keeps
    /// precision ≥ 0.95 and ≤ 2 % of dev answers flagged by a model that never saw their question (0.6 flagged 4 of
    /// 180 once fresh3 joined the training set; before, 0.4 flagged 7 and 0.6 was chosen).
    /// </summary>
    public const float Threshold = 0.7f;

    /// <summary>Whether each line is chat noise, in order; the model reads only the lines the rules let through.</summary>
    public static IReadOnlyList<bool> Flags(IReadOnlyList<string> texts) => Flags(texts, LearnedOffTopicDetector.Default);

    /// <summary>Whether each line is chat noise by the chosen detector, in order.</summary>
    public static IReadOnlyList<bool> Flags(IReadOnlyList<string> texts, OffTopicDetection detection)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return detection == OffTopicDetection.RulesAndLearned
            ? Flags(texts)
            : ByRules(texts);
    }

    public static IReadOnlyList<bool> Flags(IReadOnlyList<string> texts, LearnedOffTopicDetector model)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(model);
        var flags = ByRules(texts);
        var rest = Enumerable.Range(0, texts.Count).Where(i => !flags[i]).ToList();
        var probabilities = model.Probabilities(rest.Select(i => texts[i]).ToList());
        for (var j = 0; j < rest.Count; j++) flags[rest[j]] = probabilities[j] >= Threshold;
        return flags;
    }

    private static bool[] ByRules(IReadOnlyList<string> texts) => texts.Select(t => OffTopicDetector.Classify(t) != OffTopicKind.None).ToArray();
}
