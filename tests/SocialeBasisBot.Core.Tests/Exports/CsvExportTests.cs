using System.Text;
using SocialeBasisBot.Exports;
using SocialeBasisBot.Exports.Formats;
using static SocialeBasisBot.Core.Tests.Summaries.SampleWebinar;

namespace SocialeBasisBot.Core.Tests.Exports;

public class CsvExportTests
{
    private static async Task<(List<List<string>> Rows, byte[] Bytes, SessionExportInput Input)> ExportAsync(bool includeNames)
    {
        var input = await ExportFixture.InputAsync([NewAnswer("v2", "Gül", "Koffie; thee \"en\" taart\nvoor iedereen – één keer", 9)]);
        var file = ExportFixture.Exporter().Export(input, new ExportFileSpec(ExportFormats.AnswersCsv, includeNames));
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(file.Content.AsSpan(3));
        return (CsvTestReader.Read(text), file.Content, input);
    }

    [Fact]
    public async Task Starts_with_a_BOM_and_the_Dutch_header()
    {
        var (rows, bytes, _) = await ExportAsync(includeNames: false);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal(["vraag", "bouwsteen", "thema", "thema van de bot", "antwoord", "steun", "tijd", "deelnemer", "tweede thema"], rows[0]);
        Assert.All(rows, r => Assert.Equal(9, r.Count));
    }

    [Fact]
    public async Task Every_live_answer_comes_back_verbatim_with_accents_separators_quotes_and_newlines()
    {
        var (rows, _, input) = await ExportAsync(includeNames: false);

        var live = input.Answers.Where(a => !a.IsRetracted).ToList();
        Assert.Equal(live.Count, rows.Count - 1);
        var expected = live.Select(a => a.Text.StartsWith('=') ? "'" + a.Text : a.Text).Order(StringComparer.Ordinal);
        Assert.Equal(expected, rows.Skip(1).Select(r => r[4]).Order(StringComparer.Ordinal));
        Assert.Contains(rows, r => r[4] == "Koffie; thee \"en\" taart\nvoor iedereen – één keer");
        Assert.DoesNotContain(rows, r => r[4].Contains("trek ik in", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_formula_is_defused_with_an_apostrophe()
    {
        var (rows, bytes, _) = await ExportAsync(includeNames: false);

        Assert.Contains(rows, r => r[4] == "'=HYPERLINK(\"http://evil\")");
        Assert.DoesNotContain(rows.SelectMany(r => r), c => c.Length > 0 && c[0] is '=' or '+' or '-' or '@' or '\t' or '\r');
        Assert.Contains(";\"'=HYPERLINK(\"\"http://evil\"\")\";", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rows_carry_question_block_theme_and_Amsterdam_time()
    {
        var (rows, _, _) = await ExportAsync(includeNames: false);

        var bedankje = rows.Single(r => r[4] == "Een bedankje van de gemeente; dat zou fijn zijn");
        Assert.Equal("v1: Wat hebben vrijwilligers in jouw wijk nodig?", bedankje[0]);
        Assert.Equal("Steun en ruimte voor vrijwillige inzet", bedankje[1]);
        Assert.Equal("Waardering", bedankje[2]);
        Assert.Equal("2026-11-28T15:01:00+01:00", bedankje[6]);   // 14:01 UTC is 15:01 in Amsterdam in November

        var ruimte = rows.Single(r => r[4].StartsWith("Ruimte om", StringComparison.Ordinal));
        Assert.Equal("Steun en ruimte voor vrijwillige inzet / Mensen vragen & uitnodigen", ruimte[1]);
        Assert.Equal("Buiten het onderwerp", rows.Single(r => r[4] == "Hallo allemaal!")[2]);
        Assert.Equal("Overig", rows.Single(r => r[4] == "Café-uren vergoed")[2]);
        Assert.Equal("", rows.Single(r => r[4] == "A, C, F")[2]);                // polls have no theme
        Assert.Equal("Algemeen", rows.Single(r => r[4] == "Veel energie")[1]);
        Assert.Equal("", rows.Single(r => r[4] == "Veel energie")[2]);           // too few answers for themes
    }

    [Fact]
    public async Task Participants_are_numbered_by_first_appearance_and_named_only_when_asked()
    {
        var (pseudonymous, _, _) = await ExportAsync(includeNames: false);
        var (named, _, _) = await ExportAsync(includeNames: true);

        string Who(List<List<string>> rows, string answer) => rows.Single(r => r[4] == answer)[7];
        Assert.Equal("Deelnemer 1", Who(pseudonymous, "Een bedankje van de gemeente; dat zou fijn zijn"));
        Assert.Equal("Deelnemer 1", Who(pseudonymous, "Veel energie"));                  // Anneke again
        Assert.Equal("Deelnemer 2", Who(pseudonymous, "Persoonlijk vragen bij de school")); // Bram
        Assert.Equal("Deelnemer 3", Who(pseudonymous, "Hallo allemaal!"));               // Chloë
        // Frits (4) only retracted his answer; Dirk came next. Numbers do not shift when someone retracts.
        Assert.Equal("Deelnemer 5", Who(pseudonymous, "Café-uren vergoed"));
        Assert.DoesNotContain(pseudonymous.SelectMany(r => r), c => c is "Anneke" or "Bram" or "Chloë" or "Gül");

        Assert.Equal("Anneke", Who(named, "Veel energie"));
        Assert.Equal("Gül", named.Single(r => r[4].StartsWith("Koffie;", StringComparison.Ordinal))[7]);
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+31 6 1234", "'+31 6 1234")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "\"'\rx\"")]
    [InlineData("a;b", "\"a;b\"")]
    [InlineData("zeg \"hoi\"", "\"zeg \"\"hoi\"\"\"")]
    [InlineData("regel\nregel", "\"regel\nregel\"")]
    [InlineData("gewoon 1 = 1", "gewoon 1 = 1")]
    [InlineData("", "")]
    public void Cells_are_quoted_and_defused(string value, string expected)
    {
        Assert.Equal(expected, CsvAnswerWriter.Cell(value));
    }
}
