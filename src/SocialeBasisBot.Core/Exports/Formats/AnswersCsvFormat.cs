namespace SocialeBasisBot.Exports.Formats;

/// <summary>Every answer as a row, for Excel (UTF-8 with BOM, semicolons) and scripts.</summary>
public sealed class AnswersCsvFormat : ExportFormat
{
    public override string FileName(bool includeNames) => includeNames ? "antwoorden-met-namen.csv" : "antwoorden.csv";

    public override string ContentType => "text/csv; charset=utf-8";

    public override string DutchLabel => "Antwoorden (CSV)";

    public override string EnglishLabel => "Answers (CSV)";

    public override bool HoldsAnswers => true;

    public override byte[] Write(SessionExportInput input, bool includeNames, TimeZoneInfo timeZone) =>
        CsvAnswerWriter.Write(AnswerTable.Build(input, includeNames, timeZone));
}
