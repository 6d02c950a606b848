using SocialeBasisBot.Exports;

namespace SocialeBasisBot.Core.Tests.Exports;

public class ExportCatalogueTests
{
    [Theory]
    [InlineData("antwoorden.csv", ExportFileKind.AnswersCsv, false)]
    [InlineData("antwoorden.xlsx", ExportFileKind.AnswersXlsx, false)]
    [InlineData("antwoorden-met-namen.csv", ExportFileKind.AnswersCsv, true)]
    [InlineData("antwoorden-met-namen.xlsx", ExportFileKind.AnswersXlsx, true)]
    [InlineData("samenvatting.md", ExportFileKind.SummaryMarkdown, false)]
    [InlineData("samenvatting.html", ExportFileKind.SummaryHtml, false)]
    public void Known_names_map_to_their_file(string name, ExportFileKind kind, bool names)
    {
        Assert.True(ExportCatalogue.TryParse(name, out var spec));
        Assert.Equal((kind, names, name), (spec.Kind, spec.IncludeNames, spec.FileName));
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("Antwoorden.csv")]
    [InlineData("../antwoorden.csv")]
    [InlineData("antwoorden.csv ")]
    [InlineData("geheim.txt")]
    public void Anything_else_is_refused(string? name)
    {
        Assert.False(ExportCatalogue.TryParse(name, out _));
    }

    [Fact]
    public void An_export_command_gives_four_files_with_names_only_in_the_answers()
    {
        Assert.Equal(["antwoorden.csv", "antwoorden.xlsx", "samenvatting.md", "samenvatting.html"],
            ExportCatalogue.For(includeNames: false).Select(s => s.FileName));
        Assert.Equal(["antwoorden-met-namen.csv", "antwoorden-met-namen.xlsx", "samenvatting.md", "samenvatting.html"],
            ExportCatalogue.For(includeNames: true).Select(s => s.FileName));
    }
}
