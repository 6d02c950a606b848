using System.Text.Json;
using SocialeBasisBot.Themes.Cli;
using SocialeBasisBot.Themes.Tests.Support;

namespace SocialeBasisBot.Themes.Tests.Cli;

[Collection(EngineTests.Name)]
public sealed class ThemesCommandTests(EngineFixture fixture) : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly StringWriter stdout = new();
    private readonly StringWriter err = new();

    private static ThemeRequestContext? NoProgramme(string path, string question) => null;

    private Task<int> Run(Func<string, string, ThemeRequestContext?> resolver, params string[] args) =>
        ThemesCommand.RunAsync(args, stdout, err, resolver, fixture.Engine, CancellationToken.None);

    private Task<int> Run(params string[] args) => Run(NoProgramme, args);

    private string DevAnswersJsonl(string question) =>
        folder.File("answers.jsonl", string.Join('\n', File.ReadLines(SharedData.DevAnswersPath).Where(l => l.Contains($"\"{question}\"", StringComparison.Ordinal))));

    [Fact]
    public async Task Json_output_has_themes_off_topic_unassigned_and_settings()
    {
        var input = DevAnswersJsonl("q3");
        Assert.Equal(0, await Run("themes", "--input", input));
        using var json = JsonDocument.Parse(stdout.ToString());
        var root = json.RootElement;
        var theme = root.GetProperty("themes")[0];
        foreach (var name in new[] { "id", "label", "keywords", "answerIds", "representativeIds", "buildingBlocks" })
            Assert.True(theme.TryGetProperty(name, out _), name);
        Assert.Equal(JsonValueKind.Array, root.GetProperty("offTopic").ValueKind);
        Assert.Equal(JsonValueKind.Array, root.GetProperty("unassigned").ValueKind);
        Assert.Equal("emergent", root.GetProperty("settings").GetProperty("mode").GetString());
        Assert.Empty(err.ToString());
    }

    [Fact]
    public async Task Markdown_output_is_a_report_with_headings_counts_and_quotes()
    {
        var input = DevAnswersJsonl("q2");
        Assert.Equal(0, await Run("--input", input, "--format", "md"));
        var md = stdout.ToString();
        Assert.StartsWith("# Thema's", md, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^## 1\. .+ \(\d+\)$", md);
        Assert.Matches("(?m)^> .{10,}", md);
    }

    [Fact]
    public async Task Agreement_lines_are_support_for_the_answer_before_them_and_shown_as_plus_n()
    {
        var lines = File.ReadLines(SharedData.DevAnswersPath).Where(l => l.Contains("\"q3\"", StringComparison.Ordinal)).ToList();
        using var first = JsonDocument.Parse(lines[0]);
        var firstId = first.RootElement.GetProperty("id").GetString()!;
        lines.Insert(1, "{\"id\":\"plus-1\",\"text\":\"+1\"}");
        lines.Insert(2, "{\"id\":\"plus-2\",\"text\":\"👍\"}");
        var input = folder.File("agree.jsonl", string.Join('\n', lines));
        Assert.Equal(0, await Run("--input", input));
        using var json = JsonDocument.Parse(stdout.ToString());
        var support = json.RootElement.GetProperty("support").EnumerateArray().ToList();
        Assert.Equal(["plus-1", "plus-2"], support.Select(x => x.GetProperty("answerId").GetString()));
        Assert.All(support, x => Assert.Equal(firstId, x.GetProperty("supportsId").GetString()));
        var members = json.RootElement.GetProperty("themes").EnumerateArray().SelectMany(t => t.GetProperty("answerIds").EnumerateArray()).Select(x => x.GetString());
        Assert.DoesNotContain("plus-1", members);
        Assert.DoesNotContain("plus-1", json.RootElement.GetProperty("offTopic").EnumerateArray().Select(x => x.GetString()));
        stdout.GetStringBuilder().Clear();
        Assert.Equal(0, await Run("--input", input, "--format", "md"));
        Assert.Contains("Instemming: +2", stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_input_with_quotes_semicolons_and_line_breaks_is_read()
    {
        var input = folder.File("answers.csv",
            "participant;id;text\nAnja;a1;\"Meer tijd; en ruimte\"\nBram;a2;\"Een \"\"voorbeeld\"\" graag,\nover twee regels\"\nCees;a3;tijd en geld\n");
        var answers = AnswerFileReader.Read(input);
        Assert.Equal(["a1", "a2", "a3"], answers.Select(a => a.Id));
        Assert.Equal("Een \"voorbeeld\" graag,\nover twee regels", answers[1].Text);
        Assert.Equal(0, await Run("--input", input));
    }

    [Theory]
    [InlineData("id;text\na1;tijd\na2;\"nooit gesloten\n", "regel 3: aanhalingsteken wordt niet gesloten")]
    [InlineData("id,text\na1,tijd\na2,geld \"en\" tijd\n", "regel 3: aanhalingsteken midden in een veld")]
    [InlineData("id;tekst\na1;tijd\n", "regel 1: de kopregel moet de kolommen 'id' en 'text' hebben")]
    [InlineData("\nid;text\na1;tijd\na2\n", "regel 4: te weinig kolommen (1)")]
    public async Task A_bad_csv_file_is_reported_with_its_line_number(string content, string message)
    {
        var input = folder.File("bad.csv", content);
        Assert.Equal(2, await Run("--input", input));
        Assert.Contains("bad.csv " + message, err.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_json_line_is_reported_with_its_line_number()
    {
        var input = folder.File("bad.jsonl", "{\"id\":\"a1\",\"text\":\"tijd\"}\n{\"id\":\"a2\",\"text\":\"geld\"\n");
        Assert.Equal(2, await Run("--input", input));
        Assert.Contains("bad.jsonl regel 2: geen geldige JSON", err.ToString(), StringComparison.Ordinal);
        Assert.Empty(stdout.ToString());
    }

    [Fact]
    public async Task A_line_without_text_is_reported()
    {
        var input = folder.File("notext.jsonl", "{\"id\":\"a1\",\"text\":\"tijd\"}\n\n{\"id\":\"a3\"}\n");
        Assert.Equal(2, await Run("--input", input));
        Assert.Contains("regel 3: veld 'text' ontbreekt", err.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_and_empty_input_files_are_clear_errors()
    {
        var missing = Path.Combine(folder.Path, "nope.jsonl");
        Assert.Equal(2, await Run("--input", missing));
        Assert.Contains("Invoerbestand niet gevonden: " + missing, err.ToString(), StringComparison.Ordinal);
        var empty = folder.File("empty.jsonl", "\n\n");
        Assert.Equal(2, await Run("--input", empty));
        Assert.Contains("geen antwoorden gevonden", err.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--format", "pdf")]
    [InlineData("--input")]
    [InlineData("--wat", "x")]
    [InlineData("--programme", "p.yaml", "--input", "a.jsonl")]
    public async Task Usage_errors_exit_with_2_and_a_message(params string[] args)
    {
        Assert.Equal(2, await Run(args));
        Assert.NotEmpty(err.ToString());
    }

    [Theory]
    [InlineData("Onbekend formaat 'pdf': kies json of md.", "--input", "a.jsonl", "--format", "pdf")]
    [InlineData("--input heeft een waarde nodig.", "--input")]
    [InlineData("--input heeft een waarde nodig.", "--input", "--format", "md")]
    [InlineData("Onbekende optie '--wat'.", "--input", "a.jsonl", "--wat", "x")]
    [InlineData("--input ontbreekt.", "--format", "md")]
    public async Task Usage_errors_say_what_is_wrong_in_Dutch_and_show_the_usage(string message, params string[] args)
    {
        Assert.Equal(2, await Run(args));
        Assert.StartsWith(message, err.ToString(), StringComparison.Ordinal);
        Assert.Contains(ThemesCommand.Usage, err.ToString(), StringComparison.Ordinal);
        Assert.Empty(stdout.ToString());
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("themes", "--help")]
    public async Task Help_prints_the_usage_and_exits_0(params string[] args)
    {
        Assert.Equal(0, await Run(args));
        Assert.Contains(ThemesCommand.Usage, stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_programme_resolver_supplies_expected_themes_for_guided_mode()
    {
        var input = DevAnswersJsonl("q3");
        var programme = folder.File("programme.yaml", "id: test\n");
        string? askedFor = null;
        ThemeRequestContext Resolver(string path, string question)
        {
            askedFor = $"{path}#{question}";
            return new ThemeRequestContext
            {
                QuestionText = "Wat heb jij nodig?",
                ExpectedThemes = [new ExpectedTheme { Id = "geld", Label = "Geld", Description = "budget en financiering", Examples = ["structureel geld"] }],
                BuildingBlocks = [new BuildingBlockText("inzet", "Steun en ruimte voor vrijwillige inzet", "")],
            };
        }
        Assert.Equal(0, await Run(Resolver, "--input", input, "--programme", programme, "--question", "q3", "--format", "json"));
        Assert.Equal($"{programme}#q3", askedFor);
        using var json = JsonDocument.Parse(stdout.ToString());
        Assert.Equal("guided", json.RootElement.GetProperty("settings").GetProperty("mode").GetString());
        Assert.Contains(json.RootElement.GetProperty("themes").EnumerateArray(), t => t.GetProperty("id").GetString() == "geld");
    }

    [Fact]
    public async Task An_unknown_question_or_a_failing_programme_is_reported()
    {
        var input = DevAnswersJsonl("q3");
        var programme = folder.File("programme.yaml", "id: test\n");
        Assert.Equal(2, await Run(NoProgramme, "--input", input, "--programme", programme, "--question", "q9"));
        Assert.Contains("vraag 'q9' niet gevonden", err.ToString(), StringComparison.Ordinal);
        Assert.Equal(2, await Run((_, _) => throw new InvalidDataException("regel 4: onbekende sleutel 'tittle'"),
            "--input", input, "--programme", programme, "--question", "q3"));
        Assert.Contains("onbekende sleutel 'tittle'", err.ToString(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        folder.Dispose();
        stdout.Dispose();
        err.Dispose();
    }
}
