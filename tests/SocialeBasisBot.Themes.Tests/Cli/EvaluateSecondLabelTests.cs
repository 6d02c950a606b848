using System.Text.Json;
using SocialeBasisBot.Themes.Cli;
using SocialeBasisBot.Themes.Tests.Support;

namespace SocialeBasisBot.Themes.Tests.Cli;

/// <summary>
/// `themes --evaluate` reads <c>label2</c> (JSON lines and CSV) and scores second themes with the benchmark's code
/// (<see cref="Evaluation.SecondaryScore"/>), here on a small file against a grouping fixed in advance, so every
/// figure is known: the scores do not depend on what the real engine happens to find.
/// </summary>
public sealed class EvaluateSecondLabelTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly StringWriter stdout = new();
    private readonly StringWriter err = new();

    /// <summary>Gives the same grouping whatever it is asked, as a known engine would.</summary>
    private sealed class FixedEngine(ThemeResult result) : IThemeEngine
    {
        public Task<ThemeResult> FindThemesAsync(ThemeRequest request, CancellationToken cancellationToken = default) => Task.FromResult(result);
    }

    // t1 stands for "tijd" (a1, a2, a5), t2 for "geld" (a3, a4), t3 for "draagvlak" (a6). Second themes: a1 → t2 (a1 is
    // tijd + geld: correct and found), a2 → t3 (a2 has one idea: wrong), a3 → t1 (a3 is geld + draagvlak, t1 stands
    // for tijd: wrong, not found). Two answers have a label2 (a1, a3): precision 1/3, recall 1/2.
    private static readonly ThemeResult Grouping = new()
    {
        Themes =
        [
            new Theme { Id = "t1", Label = "Tijd", AnswerIds = ["a1", "a2", "a5"], SecondaryAnswerIds = ["a3"] },
            new Theme { Id = "t2", Label = "Geld", AnswerIds = ["a3", "a4"], SecondaryAnswerIds = ["a1"] },
            new Theme { Id = "t3", Label = "Draagvlak", AnswerIds = ["a6"], SecondaryAnswerIds = ["a2"] },
        ],
        Settings = new ThemeSettings { Mode = "emergent", Embeddings = "fixed" },
    };

    private static readonly (string Id, string Text, string Label, string? Label2)[] Rows =
    [
        ("a1", "meer tijd en een vrijwilligersvergoeding", "tijd", "geld"),
        ("a2", "tijd om te leren", "tijd", null),
        ("a3", "geld, en steun van de gemeente", "geld", "draagvlak"),
        ("a4", "een vergoeding", "geld", ""),
        ("a5", "minder vergaderen", "tijd", null),
        ("a6", "draagvlak in de wijk", "draagvlak", null),
    ];

    private async Task<int> Run(params string[] args)
    {
        stdout.GetStringBuilder().Clear();
        return await ThemesCommand.RunAsync(args, stdout, err, (_, _) => null, new FixedEngine(Grouping), CancellationToken.None);
    }

    [Fact]
    public async Task Label2_in_json_lines_gives_the_known_second_theme_scores()
    {
        var path = folder.File("gelabeld.jsonl", string.Join('\n', Rows.Select(r => JsonSerializer.Serialize(new { id = r.Id, text = r.Text, label = r.Label, label2 = r.Label2 }))));

        Assert.Equal(0, await Run("--evaluate", path));

        using var json = JsonDocument.Parse(stdout.ToString());
        var second = json.RootElement.GetProperty("evaluation").GetProperty("secondary");
        Assert.Equal(3, second.GetProperty("predicted").GetInt32());
        Assert.Equal(1, second.GetProperty("correct").GetInt32());
        Assert.Equal(2, second.GetProperty("goldTwoIdeas").GetInt32());   // an empty label2 is no second idea
        Assert.Equal(1, second.GetProperty("found").GetInt32());
        Assert.Equal(1.0 / 3, second.GetProperty("precision").GetDouble(), 12);
        Assert.Equal(0.5, second.GetProperty("recall").GetDouble(), 12);
        // The grouping's own scores count each answer's own theme only, and it matches the labels exactly.
        Assert.Equal(1.0, json.RootElement.GetProperty("evaluation").GetProperty("vMeasure").GetDouble(), 12);
        Assert.Empty(err.ToString());
    }

    [Fact]
    public async Task Label2_in_csv_scores_the_same_and_md_shows_it_with_how_it_is_counted()
    {
        var jsonl = folder.File("gelabeld.jsonl", string.Join('\n', Rows.Select(r => JsonSerializer.Serialize(new { id = r.Id, text = r.Text, label = r.Label, label2 = r.Label2 }))));
        var csv = folder.File("gelabeld.csv", "id;text;label;label2\n" + string.Join('\n', Rows.Select(r => $"{r.Id};\"{r.Text}\";{r.Label};{r.Label2}")));
        Assert.Equal(0, await Run("--evaluate", jsonl));
        var fromJsonl = stdout.ToString();

        Assert.Equal(0, await Run("--evaluate", csv));
        Assert.Equal(fromJsonl, stdout.ToString());
        Assert.Equal(0, await Run("--evaluate", csv, "--format", "md"));

        var md = stdout.ToString();
        Assert.Matches(@"(?m)^\| tweede thema precisie \| 0,333 \(1/3\) \|$", md);
        Assert.Matches(@"(?m)^\| tweede thema recall \| 0,500 \(1/2\) \|$", md);
        Assert.Contains("apart van V-measure en ARI", md, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_label2_there_are_no_second_theme_rows_in_md_and_no_gold_two_ideas()
    {
        var csv = folder.File("gelabeld.csv", "id;text;label\n" + string.Join('\n', Rows.Select(r => $"{r.Id};\"{r.Text}\";{r.Label}")));

        Assert.Equal(0, await Run("--evaluate", csv));
        using var json = JsonDocument.Parse(stdout.ToString());
        Assert.Equal(0, json.RootElement.GetProperty("evaluation").GetProperty("secondary").GetProperty("goldTwoIdeas").GetInt32());
        // The engine still gave second themes; with no label2 none of a1's or a3's can be "found".
        Assert.Equal(3, json.RootElement.GetProperty("evaluation").GetProperty("secondary").GetProperty("predicted").GetInt32());
    }

    public void Dispose()
    {
        folder.Dispose();
        stdout.Dispose();
        err.Dispose();
    }
}
