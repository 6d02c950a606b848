using System.Diagnostics;
using System.Globalization;
using SocialeBasisBot.Benchmarks.Data;
using SocialeBasisBot.Testing;
using SocialeBasisBot.Themes.OffTopic;

namespace SocialeBasisBot.Benchmarks.Runs;

/// <summary>
/// Chooses the off-topic detector on seen data only (<see cref="ChatNoiseFolds"/>): leave one seen chat noise part
/// out, and leave one dev question out for the share of answers flagged, so no line is scored by a model trained on
/// it; SIB-200 is never trained on. Candidates: the rules, the learned model per feature set, L2 and threshold, and
/// rules or model. Never reads a part added later (fresh4, …).
/// </summary>
public static class OffTopicCrossValidation
{
    private static readonly float[] Thresholds = [0.3f, 0.4f, 0.5f, 0.6f, 0.7f, 0.8f];

    private static readonly (OffTopicFeatureSet Set, float L2)[] Models =
    [
        (OffTopicFeatureSet.Text, 0), (OffTopicFeatureSet.TextAndLexicon, 0), (OffTopicFeatureSet.TextAndLexicon, 0.01f),
        (OffTopicFeatureSet.TextAndRules, 0),
    ];

    private sealed record Candidate(string Name, (OffTopicFeatureSet Set, float L2) Model, Func<bool, float, bool> Decide);

    public static void Run(IReadOnlyList<LabelledAnswer> sib)
    {
        MeasureTraining();
        var candidates = new List<Candidate> { new("rules", Models[0], (rule, _) => rule) };
        foreach (var m in Models)
        foreach (var t in Thresholds)
        {
            var name = Inv($"{m.Set}, L2 {(m.L2 == 0 ? "auto" : m.L2.ToString(CultureInfo.InvariantCulture))}) p ≥ {t:F1}");
            candidates.Add(new("model (" + name, m, (_, p) => p >= t));
            candidates.Add(new("rules or model (" + name, m, (rule, p) => rule || p >= t));
        }
        var parts = ChatNoiseFolds.LeaveOnePartOut().Select(f => (f.Name, f.Test, Flags: Decisions(f.Train, f.Test, candidates))).ToList();
        var questions = ChatNoiseFolds.LeaveOneQuestionOut().Select(f => (f.Test, Flags: Decisions(f.Train, f.Test, candidates))).ToList();
        var sibTest = sib.Select(a => (a.Text, false)).ToList();
        var sibFlags = Decisions(OffTopicTrainingSet.Embedded().Select(e => (e.Text, e.IsOffTopic)).ToList(), sibTest, candidates);
        var answers = questions.Sum(q => q.Test.Count);

        Console.WriteLine("Off-topic cross-validation (seen parts only): pooled precision / recall over left-out parts, per part, near-misses flagged, dev answers flagged by a model that never saw their question, SIB-200 flagged");
        foreach (var c in candidates)
        {
            var perPart = parts.Select(p => (p.Name, Score: Score(p.Test, p.Flags[c.Name]))).ToList();
            int caught = perPart.Sum(p => p.Score.Caught), flagged = perPart.Sum(p => p.Score.Flagged), gold = perPart.Sum(p => p.Score.Gold);
            var folds = string.Join(", ", perPart.Select(p => Inv($"{p.Name} {Ratio(p.Score.Caught, p.Score.Flagged):F3} ({p.Score.Caught}/{p.Score.Flagged}) / {Ratio(p.Score.Caught, p.Score.Gold):F3} ({p.Score.Caught}/{p.Score.Gold})")));
            var devFlagged = questions.Sum(q => q.Flags[c.Name].Count(f => f));
            Console.WriteLine(Inv($"  {c.Name,-48} P {Ratio(caught, flagged):F3} ({caught}/{flagged}) R {Ratio(caught, gold):F3} ({caught}/{gold}); near-misses {flagged - caught}; dev answers {devFlagged}/{answers}; SIB-200 {sibFlags[c.Name].Count(f => f)}/{sib.Count}"));
            Console.WriteLine($"      {folds}");
        }
        var chosen = candidates.Single(c => c.Name == Inv($"rules or model (TextAndLexicon, L2 auto) p ≥ {ChatNoiseDetector.Threshold:F1}"));
        foreach (var q in questions)
            foreach (var (text, _) in q.Test.Where((_, i) => q.Flags[chosen.Name][i]))
                Console.WriteLine($"  [{chosen.Name}] flagged dev answer: {text}");
    }

    private static void MeasureTraining()
    {
        for (var run = 1; run <= 2; run++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var examples = OffTopicTrainingSet.Embedded();
            LearnedOffTopicDetector.Train(examples);
            Console.WriteLine(Inv($"Learned off-topic detector, training {run} in this process ({examples.Count} embedded lines): {clock.Elapsed.TotalMilliseconds:F0} ms wall, {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds:F0} ms CPU"));
        }
    }

    // Per candidate, its decision on each test line, from one model per feature set and L2 trained on the fold.
    private static Dictionary<string, bool[]> Decisions(IReadOnlyList<(string Text, bool IsOffTopic)> train, IReadOnlyList<(string Text, bool IsOffTopic)> test, List<Candidate> candidates)
    {
        var texts = test.Select(t => t.Text).ToList();
        var rules = texts.Select(t => OffTopicDetector.Classify(t) != OffTopicKind.None).ToList();
        var examples = train.Select(t => new OffTopicExample(t.Text, t.IsOffTopic)).ToList();
        var probabilities = Models.ToDictionary(m => m, m => LearnedOffTopicDetector.Train(examples, m.Set, m.L2).Probabilities(texts));
        return candidates.ToDictionary(c => c.Name, c => texts.Select((_, i) => c.Decide(rules[i], probabilities[c.Model][i])).ToArray());
    }

    private static (int Caught, int Flagged, int Gold) Score(IReadOnlyList<(string Text, bool IsOffTopic)> test, bool[] flags) =>
        (test.Where((t, i) => flags[i] && t.IsOffTopic).Count(), flags.Count(f => f), test.Count(t => t.IsOffTopic));

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
