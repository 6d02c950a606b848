namespace SocialeBasisBot.Exports.Formats;

/// <summary>Every answer as a row in an Excel workbook.</summary>
public sealed class AnswersXlsxFormat : ExportFormat
{
    public override string FileName(bool includeNames) => includeNames ? "antwoorden-met-namen.xlsx" : "antwoorden.xlsx";

    public override string ContentType => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public override string DutchLabel => "Antwoorden (Excel)";

    public override string EnglishLabel => "Answers (Excel)";

    public override bool HoldsAnswers => true;

    public override byte[] Write(SessionExportInput input, bool includeNames, TimeZoneInfo timeZone) =>
        XlsxAnswerWriter.Write(AnswerTable.Build(input, includeNames, timeZone));
}
