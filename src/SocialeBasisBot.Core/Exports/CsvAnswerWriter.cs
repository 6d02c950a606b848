using System.Text;

namespace SocialeBasisBot.Exports;

/// <summary>
/// Semicolon-separated (what Dutch Excel expects), UTF-8 with a BOM (or Excel garbles accents), RFC 4180 quoting,
/// CRLF line ends. Cells that a spreadsheet would run as a formula get a leading apostrophe.
/// </summary>
public static class CsvAnswerWriter
{
    public const char Separator = ';';

    public static byte[] Write(IEnumerable<AnswerRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringBuilder();
        AppendLine(text, AnswerRow.Headers);
        foreach (var row in rows)
            AppendLine(text, row.Cells);
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(text.ToString())];
    }

    /// <summary>One cell as it appears in the file.</summary>
    public static string Cell(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        // OWASP's list: these start a formula (or a DDE call) in Excel, LibreOffice and Google Sheets.
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
            value = "'" + value;
        return value.AsSpan().IndexOfAny(";\"\r\n") >= 0
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }

    private static void AppendLine(StringBuilder text, IReadOnlyList<string> cells)
    {
        text.AppendJoin(Separator, cells.Select(Cell));
        text.Append("\r\n");
    }
}
