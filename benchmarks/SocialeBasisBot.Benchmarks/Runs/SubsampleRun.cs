using System.Globalization;
using SocialeBasisBot.Benchmarks.Data;
using SocialeBasisBot.Themes;
using SocialeBasisBot.Themes.Engine;

namespace SocialeBasisBot.Benchmarks.Runs;

/// <summary>
/// How much of a quality figure is noise: the engine on seeded random subsamples of each dev question (90 % of its
/// answers) and of SIB-200 (80 %), mean and standard deviation of the scores. One answer more or less moves a
/// 50-answer question's ARI by 0.03–0.07 (docs/themes.md), so a change is judged by the mean over subsamples too.
/// </summary>
public static class SubsampleRun
{
    public static async Task RunAsync(OfflineThemeEngine engine, string devPath, string sibFolder, string? programmePath, int rounds, bool includeSib)
    {
        var dev = Datasets.DevAnswers(devPath);
        var programme = programmePath is not null && File.Exists(programmePath) ? ProgrammeThemes.Load(programmePath) : null;
        Console.WriteLine(Inv($"Subsamples: {rounds} per question (90 % of its answers), seeds 1…{rounds}"));
        var means = new Dictionary<string, List<double>>();
        var questions = dev.GroupBy(a => a.Group).OrderBy(g => g.Key).ToList();
        foreach (var question in questions)
        {
            var all = question.ToList();
            var scores = new Dictionary<string, List<double>>();
            for (var r = 1; r <= rounds; r++)
            {
                var random = new Random(r);
                var kept = all.OrderBy(_ => random.Next()).Take((int)Math.Round(0.9 * all.Count)).OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
                var answers = kept.Select(a => new ThemeAnswer(a.Id, a.Text)).ToList();
                var gold = kept.Select(a => (a.Id, a.Label)).ToList();
                var trueK = kept.Select(a => a.Label).Distinct().Count();
                Add(scores, "emergent", Scoring.Score(gold, await engine.FindThemesAsync(new ThemeRequest { Answers = answers })).Ari);
                Add(scores, "emergent k=true", Scoring.Score(gold, await engine.FindThemesAsync(new ThemeRequest { Answers = answers }, trueK, CancellationToken.None)).Ari);
                if (programme is not null)
                {
                    var (themes, blocks, text) = ProgrammeThemes.ForQuestion(programme, question.Key);
                    var guided = await engine.FindThemesAsync(new ThemeRequest { Answers = answers, ExpectedThemes = themes, BuildingBlocks = blocks, QuestionText = text });
                    Add(scores, "guided", Scoring.Score(gold, guided).Ari);
                }
            }
            foreach (var (mode, values) in scores)
            {
                Console.WriteLine(Inv($"{question.Key,-9} {mode,-20} ARI mean {values.Average():F3}  sd {Sd(values):F3}  min {values.Min():F3}  max {values.Max():F3}"));
                Add(means, mode, values.Average() / questions.Count);
            }
        }
        foreach (var (mode, parts) in means)
            Console.WriteLine(Inv($"{"mean",-9} {mode,-20} ARI mean {parts.Sum():F3}"));
        if (!includeSib) return;
        var sib = Datasets.Sib200(sibFolder);
        var v = new List<double>();
        var sibRounds = Math.Min(rounds, 5);
        for (var r = 1; r <= sibRounds; r++)
        {
            var random = new Random(r);
            var kept = sib.OrderBy(_ => random.Next()).Take((int)Math.Round(0.8 * sib.Count)).OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
            var result = await engine.FindThemesAsync(new ThemeRequest { Answers = kept.Select(a => new ThemeAnswer(a.Id, a.Text)).ToList() });
            v.Add(Scoring.Score(kept.Select(a => (a.Id, a.Label)).ToList(), result).V);
        }
        Console.WriteLine(Inv($"SIB-200 nld, {sibRounds} subsamples of 80 %: V mean {v.Average():F3}  sd {Sd(v):F3}  min {v.Min():F3}  max {v.Max():F3}"));
    }

    private static void Add(Dictionary<string, List<double>> scores, string mode, double value)
    {
        if (!scores.TryGetValue(mode, out var list)) scores[mode] = list = [];
        list.Add(value);
    }

    private static double Sd(List<double> values)
    {
        var mean = values.Average();
        return Math.Sqrt(values.Sum(x => (x - mean) * (x - mean)) / Math.Max(1, values.Count - 1));
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
