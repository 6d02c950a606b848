using SocialeBasisBot.Themes.Cli;

namespace SocialeBasisBot.Core.Tests.Exports;

/// <summary>
/// Reads an exported CSV back with the solution's one CSV reader (CsvHelper, semicolon), and checks the shape the
/// bot promises: CRLF after every record and the same number of cells in every row (a stray line break would split one).
/// </summary>
internal static class CsvTestReader
{
    public static List<List<string>> Read(string text, char separator = ';')
    {
        Assert.True(text.EndsWith("\r\n", StringComparison.Ordinal), "last line has no CRLF");
        var rows = CsvRecords.Parse(text, separator, "export").Select(r => r.Fields.ToList()).ToList();
        Assert.All(rows, r => Assert.Equal(rows[0].Count, r.Count));
        return rows;
    }
}
