namespace SocialeBasisBot.Exports;

public enum ExportFileKind
{
    AnswersCsv,
    AnswersXlsx,
    SummaryMarkdown,
    SummaryHtml,
}
