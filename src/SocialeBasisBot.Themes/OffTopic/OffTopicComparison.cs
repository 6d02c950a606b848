using System.Globalization;
using SocialeBasisBot.Themes.Cli;
using SocialeBasisBot.Themes.Evaluation;

namespace SocialeBasisBot.Themes.OffTopic;

/// <summary>
/// Both off-topic detectors (<see cref="OffTopicDetection"/>) scored on one labelled file (id, text, label; label
/// off-topic = no answer, as <c>themes --evaluate</c> reads it): what the lead's rule for the default detector needs
/// on a new unseen part (benchmark: <c>--off-topic --score FILE</c>).
/// </summary>
public sealed record OffTopicComparison(int Lines, OffTopicScore Rules, OffTopicScore RulesAndLearned)
{
    /// <summary>Reads the file (JSON lines or CSV); a missing file or field is a <see cref="ThemesInputException"/>.</summary>
    public static OffTopicComparison Score(string path) => Score(AnswerFileReader.ReadLabelled(path));

    public static OffTopicComparison Score(IReadOnlyList<LabelledThemeAnswer> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var texts = lines.Select(l => l.Text).ToList();
        var gold = lines.Where(l => l.IsOffTopic).Select(l => l.Id).ToList();
        OffTopicScore By(OffTopicDetection detection)
        {
            var flags = ChatNoiseDetector.Flags(texts, detection);
            return OffTopicScore.Of(gold, lines.Where((_, i) => flags[i]).Select(l => l.Id));
        }
        return new OffTopicComparison(lines.Count, By(OffTopicDetection.Rules), By(OffTopicDetection.RulesAndLearned));
    }

    /// <summary>One line per detector: precision and recall with their counts.</summary>
    public string ToText() => string.Join(Environment.NewLine,
        Line(nameof(OffTopicDetection.Rules), Rules),
        Line(nameof(OffTopicDetection.RulesAndLearned), RulesAndLearned));

    private string Line(string name, OffTopicScore s) => string.Create(CultureInfo.InvariantCulture,
        $"{name,-16} precision {Format(s.Precision)} ({s.Caught}/{s.Flagged}), recall {Format(s.Recall)} ({s.Caught}/{s.Gold}); {Lines} lines");

    // A ratio of 0/0 is no score.
    private static string Format(double? ratio) => ratio is { } r ? r.ToString("F3", CultureInfo.InvariantCulture) : "–";
}
