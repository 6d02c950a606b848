using System.Diagnostics.CodeAnalysis;

namespace SocialeBasisBot.Exports;

/// <summary>The files a session can be exported to, by the names the <c>/exports/{session}/{file}</c> route serves.</summary>
public static class ExportCatalogue
{
    /// <summary>Every file the route may serve.</summary>
    public static IReadOnlyList<ExportFileSpec> All { get; } =
    [
        new(ExportFileKind.AnswersCsv),
        new(ExportFileKind.AnswersXlsx),
        new(ExportFileKind.AnswersCsv, IncludeNames: true),
        new(ExportFileKind.AnswersXlsx, IncludeNames: true),
        new(ExportFileKind.SummaryMarkdown),
        new(ExportFileKind.SummaryHtml),
    ];

    /// <summary>The four files of an <c>export</c> (or <c>export met namen</c>) command.</summary>
    public static IReadOnlyList<ExportFileSpec> For(bool includeNames) =>
    [
        new(ExportFileKind.AnswersCsv, includeNames),
        new(ExportFileKind.AnswersXlsx, includeNames),
        new(ExportFileKind.SummaryMarkdown),
        new(ExportFileKind.SummaryHtml),
    ];

    /// <summary>The file behind a name from a URL; exact, case-sensitive match, so nothing else is ever served.</summary>
    public static bool TryParse(string? fileName, [NotNullWhen(true)] out ExportFileSpec? spec)
    {
        spec = All.FirstOrDefault(s => string.Equals(s.FileName, fileName, StringComparison.Ordinal));
        return spec is not null;
    }
}
