using System.Text;
using System.Text.Json;

namespace SocialeBasisBot.Themes.Cli;

/// <summary>Reads answers from JSON lines (<c>{"id": ..., "text": ...}</c>) or CSV with an id and a text column.</summary>
public static class AnswerFileReader
{
    public static IReadOnlyList<ThemeAnswer> Read(string path)
    {
        if (!File.Exists(path)) throw new ThemesInputException($"Invoerbestand niet gevonden: {path}");
        var lines = File.ReadAllLines(path, Encoding.UTF8);
        var answers = Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase)
            ? ReadCsv(path, lines)
            : ReadJsonLines(path, lines);
        if (answers.Count == 0) throw new ThemesInputException($"{path}: geen antwoorden gevonden (het bestand is leeg).");
        var duplicate = answers.GroupBy(a => a.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new ThemesInputException($"{path}: id '{duplicate.Key}' komt meer dan eens voor.");
        return answers;
    }

    private static List<ThemeAnswer> ReadJsonLines(string path, string[] lines)
    {
        var answers = new List<ThemeAnswer>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0) continue;
            var where = $"{path} regel {i + 1}";
            JsonDocument doc;
            try
            {
                doc = JsonDocument.Parse(line);
            }
            catch (JsonException e)
            {
                throw new ThemesInputException($"{where}: geen geldige JSON ({e.Message})");
            }
            using (doc)
            {
                if (doc.RootElement.ValueKind != JsonValueKind.Object) throw new ThemesInputException($"{where}: verwacht een JSON-object met 'id' en 'text'.");
                var id = Field(doc.RootElement, "id", where);
                var text = Field(doc.RootElement, "text", where);
                answers.Add(new ThemeAnswer(id, text));
            }
        }
        return answers;
    }

    private static string Field(JsonElement obj, string name, string where)
    {
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            throw new ThemesInputException($"{where}: veld '{name}' ontbreekt.");
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!,
            JsonValueKind.Number => value.GetRawText(),
            _ => throw new ThemesInputException($"{where}: veld '{name}' moet tekst zijn."),
        };
    }

    private static List<ThemeAnswer> ReadCsv(string path, string[] lines)
    {
        var answers = new List<ThemeAnswer>();
        var headerLine = Array.FindIndex(lines, l => l.Trim().Length > 0);
        if (headerLine < 0) return answers;
        // Dutch Excel writes ';'-separated CSV; take whichever separator the header uses.
        var separator = lines[headerLine].Contains(';', StringComparison.Ordinal) && !lines[headerLine].Contains(',', StringComparison.Ordinal) ? ';' : ',';
        var records = CsvRecords.Parse(string.Join('\n', lines), separator, path);
        var header = records[0].Fields.Select(h => h.Trim().ToLowerInvariant()).ToList();
        var idColumn = header.IndexOf("id");
        var textColumn = header.IndexOf("text");
        if (idColumn < 0 || textColumn < 0)
            throw new ThemesInputException($"{path} regel {records[0].Line}: de kopregel moet de kolommen 'id' en 'text' hebben.");
        foreach (var (line, fields) in records.Skip(1))
        {
            if (fields.Count == 1 && fields[0].Length == 0) continue;
            if (fields.Count <= Math.Max(idColumn, textColumn))
                throw new ThemesInputException($"{path} regel {line}: te weinig kolommen ({fields.Count}).");
            answers.Add(new ThemeAnswer(fields[idColumn], fields[textColumn]));
        }
        return answers;
    }
}
