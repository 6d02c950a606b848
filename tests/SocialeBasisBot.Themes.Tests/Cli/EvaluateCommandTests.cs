using System.Text.Json;
using SocialeBasisBot.Themes.Cli;
using SocialeBasisBot.Themes.Tests.Evaluation;
using SocialeBasisBot.Themes.Tests.Support;

namespace SocialeBasisBot.Themes.Tests.Cli;

[Collection(EngineTests.Name)]
public sealed class EvaluateCommandTests(EngineFixture fixture) : IDisposable
{
    private static readonly string[] OffTopicLines = ["Goedemorgen allemaal!", "Ik hoor niks, ligt dat aan mij?", "Kunnen de slides gedeeld worden?"];

    private readonly TempFolder folder = new();
    private readonly StringWriter stdout = new();
    private readonly StringWriter err = new();

    private async Task<int> Run(params string[] args)
    {
        stdout.GetStringBuilder().Clear();
        return await ThemesCommand.RunAsync(args, stdout, err, (_, _) => null, fixture.Engine, CancellationToken.None);
    }

    /// <summary>q3 of the dev answers plus three lines that are no answer, labelled off-topic.</summary>
    private static List<(string Id, string Text, string Label)> Labelled() =>
        SharedData.DevAnswers().Where(a => a.Question == "q3").Select(a => (a.Answer.Id, a.Answer.Text, a.Label))
            .Concat(OffTopicLines.Select((l, i) => ($"o{i}", l, "off-topic")))
            .ToList();

    private static string Jsonl(IEnumerable<(string Id, string Text, string Label)> rows) =>
        string.Join('\n', rows.Select(r => JsonSerializer.Serialize(new { id = r.Id, text = r.Text, label = r.Label })));

    [Fact]
    public async Task Evaluate_scores_the_engine_as_the_pair_count_and_mutual_information_formulas_do()
    {
        var rows = Labelled();
        var labelled = folder.File("labelled.jsonl", Jsonl(rows));
        var plain = folder.File("plain.jsonl", string.Join('\n', rows.Select(r => JsonSerializer.Serialize(new { id = r.Id, text = r.Text }))));

        // The grouping itself, from the ordinary command on the same answers.
        Assert.Equal(0, await Run("--input", plain));
        using var grouped = JsonDocument.Parse(stdout.ToString());
        var themeOf = grouped.RootElement.GetProperty("themes").EnumerateArray()
            .SelectMany(t => t.GetProperty("answerIds").EnumerateArray().Select(id => (Id: id.GetString()!, Theme: t.GetProperty("id").GetString()!)))
            .ToDictionary(x => x.Id, x => x.Theme);
        var flagged = grouped.RootElement.GetProperty("offTopic").EnumerateArray().Select(x => x.GetString()!).ToHashSet();
        var predicted = rows.Select(r => themeOf.GetValueOrDefault(r.Id, "rest")).ToList();
        var gold = rows.Select(r => r.Label).ToList();
        var caught = flagged.Count(id => id.StartsWith('o'));

        Assert.Equal(0, await Run("--evaluate", labelled));
        using var json = JsonDocument.Parse(stdout.ToString());
        var e = json.RootElement.GetProperty("evaluation");
        Assert.Equal(IndependentScores.AdjustedRandByPairs(gold, predicted), e.GetProperty("adjustedRandIndex").GetDouble(), 10);
        Assert.Equal(IndependentScores.VMeasureAsNmi(gold, predicted), e.GetProperty("vMeasure").GetDouble(), 10);
        Assert.Equal(rows.Count, e.GetProperty("answers").GetInt32());
        Assert.Equal(gold.Distinct().Count(), e.GetProperty("goldThemes").GetInt32());
        var offTopic = e.GetProperty("offTopic");
        Assert.Equal(3, offTopic.GetProperty("gold").GetInt32());
        Assert.Equal(caught, offTopic.GetProperty("caught").GetInt32());
        Assert.Equal((double)caught / 3, offTopic.GetProperty("recall").GetDouble(), 10);
        Assert.Equal((double)caught / flagged.Count, offTopic.GetProperty("precision").GetDouble(), 10);
        // These three are plain greetings, sound and slides lines: the rules catch them.
        Assert.Equal(3, caught);
        Assert.Equal("emergent", json.RootElement.GetProperty("settings").GetProperty("mode").GetString());
        Assert.Empty(err.ToString());
    }

    [Fact]
    public async Task Csv_with_a_label_column_gives_the_same_scores_and_md_is_a_table()
    {
        var rows = Labelled();
        var jsonl = folder.File("labelled.jsonl", Jsonl(rows));
        var csv = folder.File("labelled.csv", "label;id;text\n" + string.Join('\n', rows.Select(r => $"{r.Label};{r.Id};\"{r.Text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"")));
        Assert.Equal(0, await Run("--evaluate", jsonl));
        var fromJsonl = stdout.ToString();
        Assert.Equal(0, await Run("--evaluate", csv));
        Assert.Equal(fromJsonl, stdout.ToString());
        Assert.Equal(0, await Run("--evaluate", csv, "--format", "md"));
        var md = stdout.ToString();
        Assert.StartsWith("# Evaluatie: labelled.csv", md, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^\| V-measure \| 0,\d{3} \|$", md);
        Assert.Matches(@"(?m)^\| off-topic recall \| 1,000 \(3/3\) \|$", md);
    }

    [Theory]
    [InlineData("bad.jsonl", "{\"id\":\"a1\",\"text\":\"tijd\",\"label\":\"x\"}\n{\"id\":\"a2\",\"text\":\"geld\"}\n", "bad.jsonl regel 2: veld 'label' ontbreekt.")]
    [InlineData("bad.jsonl", "{\"id\":\"a1\",\"text\":\"tijd\",\"label\":\" \"}\n", "bad.jsonl: antwoord 'a1' heeft een leeg label.")]
    [InlineData("bad.jsonl", "[1,2]\n", "bad.jsonl regel 1: verwacht een JSON-object met 'id', 'text' en 'label'.")]
    [InlineData("bad.csv", "id;text\na1;tijd\n", "bad.csv regel 1: de kopregel moet de kolommen 'id', 'text' en 'label' hebben.")]
    [InlineData("bad.csv", "id;text;label\na1;tijd;x\na1;geld;y\n", "bad.csv: id 'a1' komt meer dan eens voor.")]
    [InlineData("bad.csv", "id;text;label\na1;tijd\n", "bad.csv regel 2: te weinig kolommen (2).")]
    public async Task A_bad_labelled_file_is_a_clear_error(string name, string content, string message)
    {
        var path = folder.File(name, content);
        Assert.Equal(2, await Run("--evaluate", path));
        Assert.Equal(Path.Combine(folder.Path, message), err.ToString().Trim());
        Assert.Empty(stdout.ToString());
    }

    [Fact]
    public async Task Input_and_evaluate_together_are_refused()
    {
        var path = folder.File("a.jsonl", Jsonl(Labelled()));
        Assert.Equal(2, await Run("--input", path, "--evaluate", path));
        Assert.StartsWith("--input en --evaluate gaan niet samen", err.ToString(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        folder.Dispose();
        stdout.Dispose();
        err.Dispose();
    }
}
