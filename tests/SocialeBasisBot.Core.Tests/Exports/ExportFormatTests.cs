using System.Net.Mime;
using SocialeBasisBot.Exports;
using SocialeBasisBot.Exports.Formats;
using SocialeBasisBot.Sessions;

namespace SocialeBasisBot.Core.Tests.Exports;

/// <summary>Every registered export format is complete: names, content type, labels in both languages, a writer.</summary>
public class ExportFormatTests
{
    public static TheoryData<string> Formats => [.. ExportFormats.All.Select(f => f.GetType().Name)];

    private static ExportFormat Format(string name) => ExportFormats.All.Single(f => f.GetType().Name == name);

    [Theory]
    [MemberData(nameof(Formats))]
    public void The_format_has_a_content_type_and_a_label_in_both_languages(string name)
    {
        var format = Format(name);

        Assert.Equal(format.ContentType, new ContentType(format.ContentType).ToString());
        Assert.False(string.IsNullOrWhiteSpace(format.DutchLabel));
        Assert.False(string.IsNullOrWhiteSpace(format.EnglishLabel));
        Assert.Equal(format.DutchLabel, Phrases.Dutch.FileLabel(format.FileName(false)));
        Assert.Equal(format.EnglishLabel, Phrases.English.FileLabel(format.FileName(false)));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Every_file_name_of_the_format_is_served_by_the_export_route_and_offered_by_the_export_command(string name)
    {
        var format = Format(name);
        bool[] variants = format.HoldsAnswers ? [false, true] : [false];

        foreach (var names in variants)
        {
            // The /exports/{session}/{file} route serves exactly what ExportCatalogue.TryParse accepts.
            Assert.True(ExportCatalogue.TryParse(format.FileName(names), out var spec));
            Assert.Same(format, spec.Format);
            Assert.Contains(spec, ExportCatalogue.For(names));
        }

        if (format.HoldsAnswers)
        {
            Assert.NotEqual(format.FileName(false), format.FileName(true));
            Assert.Contains("namen", format.FileName(true), StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task The_format_writes_the_sample_session(string name)
    {
        var format = Format(name);
        var input = await ExportFixture.InputAsync();

        var file = ExportFixture.Exporter().Export(input, new ExportFileSpec(format));

        Assert.NotEmpty(file.Content);
        Assert.Equal(format.ContentType, file.ContentType);
        Assert.Equal(format.FileName(false), file.FileName);
    }

    [Fact]
    public void File_names_are_unique_across_formats()
    {
        var names = ExportCatalogue.All.Select(s => s.FileName).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }
}
