namespace SocialeBasisBot.Exports.Formats;

/// <summary>The registration list: every export format, in the order the export card and file consent offer them.</summary>
public static class ExportFormats
{
    public static AnswersCsvFormat AnswersCsv { get; } = new();

    public static AnswersXlsxFormat AnswersXlsx { get; } = new();

    public static SummaryMarkdownFormat SummaryMarkdown { get; } = new();

    public static SummaryHtmlFormat SummaryHtml { get; } = new();

    public static IReadOnlyList<ExportFormat> All { get; } = [AnswersCsv, AnswersXlsx, SummaryMarkdown, SummaryHtml];
}
