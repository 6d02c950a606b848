using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using SocialeBasisBot.Exports;
using SocialeBasisBot.Exports.Formats;
using static SocialeBasisBot.Core.Tests.Summaries.SampleWebinar;

namespace SocialeBasisBot.Core.Tests.Exports;

public class XlsxExportTests
{
    private static List<List<string>> ReadSheet(byte[] bytes, out List<ValidationErrorInfo> errors)
    {
        using var stream = new MemoryStream(bytes);
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        errors = new OpenXmlValidator().Validate(document).ToList();
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Descendants<Sheet>().Single();
        Assert.Equal("Antwoorden", sheet.Name!.Value);
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
        return part.Worksheet.Descendants<Row>()
            .Select(r => r.Elements<Cell>().Select(c =>
            {
                Assert.Equal(CellValues.InlineString, c.DataType!.Value);   // text, never a formula
                Assert.Null(c.CellFormula);
                return c.InlineString!.Text!.Text;
            }).ToList())
            .ToList();
    }

    [Fact]
    public async Task Reads_back_as_the_same_rows_as_the_answers_valid_by_the_OpenXml_schema()
    {
        var input = await ExportFixture.InputAsync([NewAnswer("v2", "Gül", "Koffie; thee \"en\" taart\nvoor iedereen – één keer", 9)]);

        var file = ExportFixture.Exporter().Export(input, new ExportFileSpec(ExportFormats.AnswersXlsx));
        var rows = ReadSheet(file.Content, out var errors);

        Assert.Empty(errors.Select(e => e.Description));
        Assert.Equal("antwoorden.xlsx", file.FileName);
        Assert.Equal(["vraag", "bouwsteen", "thema", "thema van de bot", "antwoord", "steun", "tijd", "deelnemer", "tweede thema"], rows[0]);
        var live = input.Answers.Where(a => !a.IsRetracted).ToList();
        Assert.Equal(live.Select(a => a.Text).Order(StringComparer.Ordinal), rows.Skip(1).Select(r => r[4]).Order(StringComparer.Ordinal));

        // The same table as the CSV, except that the sheet needs no apostrophe against formulas.
        var csv = CsvTestReader.Read(System.Text.Encoding.UTF8.GetString(
            ExportFixture.Exporter().Export(input, new ExportFileSpec(ExportFormats.AnswersCsv)).Content.AsSpan(3)));
        Assert.Equal(csv.Select(r => string.Join("|", r)), rows.Select(r => string.Join("|", r.Select(c => c.StartsWith('=') ? "'" + c : c))));
    }

    [Fact]
    public async Task Names_only_in_the_file_with_names()
    {
        var input = await ExportFixture.InputAsync();

        var named = ReadSheet(ExportFixture.Exporter().Export(input, new ExportFileSpec(ExportFormats.AnswersXlsx, IncludeNames: true)).Content, out _);
        var pseudonymous = ReadSheet(ExportFixture.Exporter().Export(input, new ExportFileSpec(ExportFormats.AnswersXlsx)).Content, out _);

        Assert.Contains(named, r => r[7] == "Chloë");
        Assert.DoesNotContain(pseudonymous, r => r[7] == "Chloë");
        Assert.All(pseudonymous.Skip(1), r => Assert.StartsWith("Deelnemer ", r[7], StringComparison.Ordinal));
    }

    [Fact]
    public async Task Control_characters_are_dropped_instead_of_corrupting_the_file()
    {
        var input = await ExportFixture.InputAsync([NewAnswer("v3", "Bram", "piep\u0007 \u0001en emoji 🎉", 12)]);

        var rows = ReadSheet(ExportFixture.Exporter().Export(input, new ExportFileSpec(ExportFormats.AnswersXlsx)).Content, out var errors);

        Assert.Empty(errors.Select(e => e.Description));
        Assert.Contains(rows, r => r[4] == "piep en emoji 🎉");
    }
}
