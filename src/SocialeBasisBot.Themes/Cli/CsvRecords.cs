using CsvHelper;

namespace SocialeBasisBot.Themes.Cli;

/// <summary>
/// The one CSV reader of the solution (answer files here, the bot's exports in the tests): RFC 4180 through
/// CsvHelper, all records including the header, malformed quoting reported as "file line N: reason" in Dutch.
/// </summary>
public static class CsvRecords
{
    public static IReadOnlyList<CsvRecord> Parse(string text, char separator, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        var options = new CsvReaderOptions
        {
            Separator = separator,
            HasHeader = false,
            TrackLineNumbers = true,
            AllowLineBreaksInQuotes = true,
            MalformedData = CsvMalformedDataHandling.Recover,
            // Recovering would keep reading a broken file; stop at the first bad record and say where it is.
            OnMalformedRecord = record => throw new ThemesInputException($"{source} regel {record.LineNumber}: {Reason(record.Reason)}"),
        };
        using var reader = CsvReader.FromText(text, options);
        var records = new List<CsvRecord>();
        while (reader.Read())
            records.Add(new CsvRecord(reader.LineNumber, reader.Current.ToArray()));
        return records;
    }

    private static string Reason(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.UnterminatedQuote => "aanhalingsteken wordt niet gesloten.",
        CsvMalformedReason.StrayQuote => "aanhalingsteken midden in een veld zonder aanhalingstekens.",
        CsvMalformedReason.TextAfterClosingQuote => "tekst na het sluitende aanhalingsteken.",
        _ => $"ongeldige CSV ({reason}).",
    };
}
