namespace SocialeBasisBot.Themes.OffTopic;

/// <summary>
/// The learned detector's best combination with the rules, as evaluated: a line is chat noise when the hand-written
/// rules flag it (<see cref="OffTopicDetector"/>) or the learned detector (<see cref="LearnedOffTopicDetector"/>,
/// n-grams and the rules' word-class signals) gives it a probability of at least <see cref="Threshold"/>. Chosen by
/// cross-validation on the seen chat noise parts and the dev answers, and **not** used by the engine: its CV figures
/// did not beat the rules' (docs/themes.md, "Session 5: a learned detector"); the benchmark's --off-topic scores it.
/// </summary>
public static class ChatNoiseDetector
{
    /// <summary>The learned detector's probability from which a line the rules let through is chat noise.</summary>
    public const float Threshold = 0.4f;

    /// <summary>Whether each line is chat noise, in order; the model reads only the lines the rules let through.</summary>
    public static IReadOnlyList<bool> Flags(IReadOnlyList<string> texts) => Flags(texts, LearnedOffTopicDetector.Default);

    public static IReadOnlyList<bool> Flags(IReadOnlyList<string> texts, LearnedOffTopicDetector model)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(model);
        var flags = texts.Select(t => OffTopicDetector.Classify(t) != OffTopicKind.None).ToArray();
        var rest = Enumerable.Range(0, texts.Count).Where(i => !flags[i]).ToList();
        var probabilities = model.Probabilities(rest.Select(i => texts[i]).ToList());
        for (var j = 0; j < rest.Count; j++) flags[rest[j]] = probabilities[j] >= Threshold;
        return flags;
    }
}
