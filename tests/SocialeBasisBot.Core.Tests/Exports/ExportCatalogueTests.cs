using SocialeBasisBot.Exports;
using SocialeBasisBot.Exports.Formats;

namespace SocialeBasisBot.Core.Tests.Exports;

public class ExportCatalogueTests
{
    [Theory]
    [InlineData("antwoorden.csv", typeof(AnswersCsvFormat), false)]
    [InlineData("antwoorden.xlsx", typeof(AnswersXlsxFormat), false)]
    [InlineData("antwoorden-met-namen.csv", typeof(AnswersCsvFormat), true)]
    [InlineData("antwoorden-met-namen.xlsx", typeof(AnswersXlsxFormat), true)]
    [InlineData("samenvatting.md", typeof(SummaryMarkdownFormat), false)]
    [InlineData("samenvatting.html", typeof(SummaryHtmlFormat), false)]
    public void Known_names_map_to_their_file(string name, Type format, bool names)
    {
        Assert.True(ExportCatalogue.TryParse(name, out var spec));
        Assert.Equal((format, names, name), (spec.Format.GetType(), spec.IncludeNames, spec.FileName));
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
