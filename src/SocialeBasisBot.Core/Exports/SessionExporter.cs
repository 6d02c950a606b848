using System.Text;
using Microsoft.Extensions.Options;

namespace SocialeBasisBot.Exports;

/// <summary>Renders a session's answers and summary to the files of the <see cref="ExportCatalogue"/>.</summary>
public sealed class SessionExporter(IOptions<ExportOptions> options)
{
    private readonly TimeZoneInfo timeZone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    /// <summary>The four files of an <c>export</c> command, names only when <paramref name="includeNames"/>.</summary>
    public IReadOnlyList<ExportFile> ExportAll(SessionExportInput input, bool includeNames = false) =>
        ExportCatalogue.For(includeNames).Select(spec => Export(input, spec)).ToList();

    public ExportFile Export(SessionExportInput input, ExportFileSpec spec)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(spec);
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        byte[] content = spec.Kind switch
        {
            ExportFileKind.AnswersCsv => CsvAnswerWriter.Write(AnswerTable.Build(input, spec.IncludeNames, timeZone)),
            ExportFileKind.AnswersXlsx => XlsxAnswerWriter.Write(AnswerTable.Build(input, spec.IncludeNames, timeZone)),
            ExportFileKind.SummaryMarkdown => utf8.GetBytes(MarkdownSummaryWriter.Write(input.Summary, timeZone)),
            ExportFileKind.SummaryHtml => utf8.GetBytes(HtmlSummaryWriter.Write(input.Summary, timeZone)),
            _ => throw new ArgumentOutOfRangeException(nameof(spec), spec.Kind, null),
        };
        return new ExportFile(spec, content);
    }
}
