using System.Text;

namespace SocialeBasisBot.Core.Tests.Exports;

/// <summary>An independent RFC 4180 reader (semicolon variant), to read exported CSV back.</summary>
internal static class CsvTestReader
{
    public static List<List<string>> Read(string text, char separator = ';')
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"' && cell.Length == 0)
            {
                quoted = true;
            }
            else if (c == separator)
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(cell.ToString());
                cell.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else
            {
                Assert.False(c is '"' or '\r' or '\n', $"unquoted special character at {i}");
                cell.Append(c);
            }
        }

        Assert.False(quoted, "file ends inside a quoted cell");
        Assert.True(cell.Length == 0 && row.Count == 0, "last line has no CRLF");
        return rows;
    }
}
