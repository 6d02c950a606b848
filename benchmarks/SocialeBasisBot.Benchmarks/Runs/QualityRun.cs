using System.Diagnostics;
using System.Globalization;
using SocialeBasisBot.Benchmarks.Data;
using SocialeBasisBot.Themes;
using SocialeBasisBot.Themes.Engine;
using SocialeBasisBot.Themes.Evaluation;
using SocialeBasisBot.Themes.OffTopic;

namespace SocialeBasisBot.Benchmarks.Runs;

/// <summary>Dev answers per question (emergent, emergent at the true k, guided), off-topic precision, SIB-200 Dutch.</summary>
public static class QualityRun
{
    public static async Task RunAsync(OfflineThemeEngine engine, string devPath, string sibFolder, string? programmePath, bool includeSib = true)
    {
        var dev = Datasets.DevAnswers(devPath);
        var programme = programmePath is not null && File.Exists(programmePath) ? ProgrammeThemes.Load(programmePath) : null;
        Console.WriteLine($"Guided themes from: {(programme is null ? "NONE (programme file not found)" : programmePath)}");
        Console.WriteLine("question  mode                 k(found/true)   V       ARI     overig  two ideas: second themes correct, gold found");
        var sums = new Dictionary<string, (double V, double Ari)>();
        var seconds = new Dictionary<string, (int Predicted, int Correct, int Gold, int Found)>();
        foreach (var question in dev.GroupBy(a => a.Group).OrderBy(g => g.Key))
        {
            var answers = question.Select(a => new ThemeAnswer(a.Id, a.Text)).ToList();
            var gold = question.Select(a => (a.Id, a.Label)).ToList();
            var trueK = question.Select(a => a.Label).Distinct().Count();
            var runs = new List<(string Mode, ThemeResult Result)>
            {
                ("emergent", await engine.FindThemesAsync(new ThemeRequest { Answers = answers })),
                ("emergent k=true", await engine.FindThemesAsync(new ThemeRequest { Answers = answers }, trueK, CancellationToken.None)),
            };
            if (programme is not null)
            {
                var (themes, blocks, text) = ProgrammeThemes.ForQuestion(programme, question.Key);
                runs.Add(("guided", await engine.FindThemesAsync(new ThemeRequest
                {
                    Answers = answers, ExpectedThemes = themes, BuildingBlocks = blocks, QuestionText = text,
                })));
            }
            var readme = Path.Combine(Path.GetDirectoryName(devPath)!, "README.md");
            runs.Add(("guided (README)", await engine.FindThemesAsync(new ThemeRequest
            {
                Answers = answers, ExpectedThemes = ReadmeThemes.ForQuestion(readme, question.Key),
            })));
            foreach (var (mode, result) in runs)
            {
                var (v, ari) = Scoring.Score(gold, result);
                var s = sums.GetValueOrDefault(mode);
                sums[mode] = (s.V + v / 3, s.Ari + ari / 3);
                var second = Scoring.Secondary([.. question], result);
                var t = seconds.GetValueOrDefault(mode);
                seconds[mode] = (t.Predicted + second.Predicted, t.Correct + second.Correct, t.Gold + second.GoldTwoIdeas, t.Found + second.Found);
                Console.WriteLine(Inv($"{question.Key,-9} {mode,-20} {result.Themes.Count,3}/{trueK,-3}         {v:F3}   {ari:F3}   {result.Unassigned.Count + result.OffTopic.Count,-7} {second.Correct}/{second.Predicted}, {second.Found}/{second.GoldTwoIdeas}"));
            }
            var (rv, rari) = Scoring.RandomBaseline(gold.Select(g => g.Label).ToList(), trueK);
            Console.WriteLine(Inv($"{question.Key,-9} {"random k=true",-20} {trueK,3}/{trueK,-3}         {rv:F3}   {rari:F3}"));
        }
        foreach (var (mode, (v, ari)) in sums)
        {
            var t = seconds[mode];
            Console.WriteLine(Inv($"{"mean",-9} {mode,-20}                 {v:F3}   {ari:F3}           {t.Correct}/{t.Predicted} = {Ratio(t.Correct, t.Predicted)}, {t.Found}/{t.Gold} = {Ratio(t.Found, t.Gold)}"));
        }
        Console.WriteLine($"Embeddings: {(await engine.FindThemesAsync(new ThemeRequest { Answers = [new ThemeAnswer("x", "tijd en geld")] })).Settings.Embeddings}");

        OffTopicRun.Run(dev, Datasets.Sib200(sibFolder), listDevMistakes: false);

        if (!includeSib) return;
        var sib = Datasets.Sib200(sibFolder);
        var sibAnswers = sib.Select(a => new ThemeAnswer(a.Id, a.Text)).ToList();
        var sibGold = sib.Select(a => (a.Id, a.Label)).ToList();
        var sw = Stopwatch.StartNew();
        var sibEmergent = await engine.FindThemesAsync(new ThemeRequest { Answers = sibAnswers });
        var first = sw.Elapsed.TotalSeconds;
        var sibSeven = await engine.FindThemesAsync(new ThemeRequest { Answers = sibAnswers }, 7, CancellationToken.None);
        var (ev, eari) = Scoring.Score(sibGold, sibEmergent);
        var (sv, sari) = Scoring.Score(sibGold, sibSeven);
        Console.WriteLine(Inv($"SIB-200 nld ({sib.Count} sentences): emergent k={sibEmergent.Themes.Count} V {ev:F3} ARI {eari:F3} (overig {sibEmergent.Unassigned.Count + sibEmergent.OffTopic.Count}); k=7 V {sv:F3} ARI {sari:F3}; first run incl. embedding {first:F1} s"));
    }

    private static string Ratio(int part, int whole) => whole == 0 ? "–" : Inv($"{(double)part / whole:F3}");

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
