using System.Globalization;
using SocialeBasisBot.Benchmarks.Data;
using SocialeBasisBot.Testing;
using SocialeBasisBot.Themes.Cli;
using SocialeBasisBot.Themes.Evaluation;
using SocialeBasisBot.Themes.OffTopic;

namespace SocialeBasisBot.Benchmarks.Runs;

/// <summary>
/// Off-topic rules (and the evaluated learned combination, <see cref="ChatNoiseDetector"/>) on the chat noise set (testdata/chat-noise; each part apart, by the split names in its files) and on the dev answers,
/// and SIB-200 Dutch, which hold no off-topic lines, so every one flagged is a false alarm.
/// </summary>
public static class OffTopicRun
{
    // Parts whose mistakes have been read (docs/themes.md says when). A part written later (fresh4, …) is scored
    // by its split name from the files but its mistakes are never listed, so scoring it once keeps it unseen.
    // The learned detector trains on exactly these parts (OffTopicTrainingSet; LearnedOffTopicDetectorTests checks it).
    private static readonly HashSet<string> Seen = new(ChatNoiseFolds.SeenParts, StringComparer.Ordinal);

    public static void Run(IReadOnlyList<LabelledAnswer> dev, IReadOnlyList<LabelledAnswer> sib, bool listDevMistakes)
    {
        foreach (var split in ChatNoise.Splits)
        {
            var lines = ChatNoise.Split(split);
            var score = Score(lines);
            Console.WriteLine(Inv($"Off-topic, chat noise {split,-8}: precision {score.Precision ?? 0:F3} ({score.Caught}/{score.Flagged}), recall {score.Recall ?? 0:F3} ({score.Caught}/{score.Gold}); {lines.Count - score.Gold} near-miss answers"));
            // The evaluated learned combination, trained on every seen part: in-sample on those, unseen on later ones.
            var learned = LearnedScore(lines);
            Console.WriteLine(Inv($"  rules or learned (p ≥ {ChatNoiseDetector.Threshold:F1}, {(Seen.Contains(split) ? "trained on this part" : "never trained on this part")}): precision {learned.Precision ?? 0:F3} ({learned.Caught}/{learned.Flagged}), recall {learned.Recall ?? 0:F3} ({learned.Caught}/{learned.Gold})"));
            if (!listDevMistakes || !Seen.Contains(split)) continue;
            foreach (var l in lines.Where(l => l.IsOffTopic != Flagged(l.Text)))
                Console.WriteLine($"  {(l.IsOffTopic ? "missed" : "false alarm")} ({l.Kind}): {l.Text}");
        }
        // Every line of every file at once: the issue's targets are over the whole set.
        var all = ChatNoise.All;
        var whole = Score(all);
        var wholeLearned = LearnedScore(all);
        Console.WriteLine(Inv($"Off-topic, chat noise all     : precision {whole.Precision ?? 0:F3} ({whole.Caught}/{whole.Flagged}), recall {whole.Recall ?? 0:F3} ({whole.Caught}/{whole.Gold}); rules or learned: precision {wholeLearned.Precision ?? 0:F3}, recall {wholeLearned.Recall ?? 0:F3} ({wholeLearned.Caught}/{wholeLearned.Gold})"));
        var flaggedDev = dev.Where(a => Flagged(a.Text)).ToList();
        Console.WriteLine(Inv($"Off-topic, dev answers: {flaggedDev.Count} of {dev.Count} flagged ({100.0 * flaggedDev.Count / dev.Count:F1} %)"));
        foreach (var a in flaggedDev)
            Console.WriteLine($"  flagged dev answer {a.Id} ({a.Label}): {a.Text}");
        // SIB-200 sentences are news and encyclopedia text, never chat noise: another count of false alarms.
        var flaggedSib = sib.Where(a => Flagged(a.Text)).ToList();
        Console.WriteLine(Inv($"Off-topic, SIB-200 sentences: {flaggedSib.Count} of {sib.Count} flagged; rules or learned (never trained on them): {ChatNoiseDetector.Flags(sib.Select(a => a.Text).ToList()).Count(f => f)}"));
        foreach (var a in flaggedSib.Take(5))
            Console.WriteLine($"  flagged SIB-200 sentence {a.Id}: {a.Text}");
    }

    /// <summary>
    /// <c>--off-topic --score FILE</c>: both detectors on one labelled file, and the dev answers each flags (the
    /// learned detector trained on them, so its count is in-sample; docs/themes.md has its cross-validated count).
    /// </summary>
    public static int ScoreFile(string path, IReadOnlyList<LabelledAnswer> dev)
    {
        OffTopicComparison comparison;
        try
        {
            comparison = OffTopicComparison.Score(path);
        }
        catch (ThemesInputException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }
        Console.WriteLine(comparison.ToText());
        var texts = dev.Select(a => a.Text).ToList();
        foreach (var detection in Enum.GetValues<OffTopicDetection>())
        {
            var flagged = ChatNoiseDetector.Flags(texts, detection).Count(f => f);
            Console.WriteLine(Inv($"{detection,-16} dev answers flagged {flagged} of {texts.Count} ({100.0 * flagged / texts.Count:F1} %)"));
        }
        return 0;
    }

    private static OffTopicScore LearnedScore(IReadOnlyList<ChatNoiseLine> lines)
    {
        var flags = ChatNoiseDetector.Flags(lines.Select(l => l.Text).ToList());
        return OffTopicScore.Of(lines.Where(l => l.IsOffTopic).Select(l => l.Id), lines.Where((_, i) => flags[i]).Select(l => l.Id));
    }

    /// <summary>Scored as <c>themes --evaluate</c> scores off-topic lines.</summary>
    public static OffTopicScore Score(IReadOnlyList<ChatNoiseLine> lines) =>
        OffTopicScore.Of(lines.Where(l => l.IsOffTopic).Select(l => l.Id), lines.Where(l => Flagged(l.Text)).Select(l => l.Id));

    private static bool Flagged(string text) => OffTopicDetector.Classify(text) != OffTopicKind.None;

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
