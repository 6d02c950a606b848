namespace SocialeBasisBot.Exports;

/// <summary>
/// One downloadable file of a session. Names are part of the file name ("antwoorden-met-namen.csv"), so a signed
/// link to the pseudonymous file can never be turned into one with names.
/// </summary>
public sealed record ExportFileSpec(ExportFileKind Kind, bool IncludeNames = false)
{
    public string FileName => (Kind, IncludeNames) switch
    {
        (ExportFileKind.AnswersCsv, false) => "antwoorden.csv",
        (ExportFileKind.AnswersCsv, true) => "antwoorden-met-namen.csv",
        (ExportFileKind.AnswersXlsx, false) => "antwoorden.xlsx",
        (ExportFileKind.AnswersXlsx, true) => "antwoorden-met-namen.xlsx",
        (ExportFileKind.SummaryMarkdown, _) => "samenvatting.md",
        (ExportFileKind.SummaryHtml, _) => "samenvatting.html",
        _ => throw new ArgumentOutOfRangeException(nameof(Kind), Kind, null),
    };

    public string ContentType => Kind switch
    {
        ExportFileKind.AnswersCsv => "text/csv; charset=utf-8",
        ExportFileKind.AnswersXlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ExportFileKind.SummaryMarkdown => "text/markdown; charset=utf-8",
        ExportFileKind.SummaryHtml => "text/html; charset=utf-8",
        _ => throw new ArgumentOutOfRangeException(nameof(Kind), Kind, null),
    };

    /// <summary>Whether the file holds answers (and so possibly names) rather than the summary.</summary>
    public bool HoldsAnswers => Kind is ExportFileKind.AnswersCsv or ExportFileKind.AnswersXlsx;
}
