using System.Text;
using System.Text.Json;
using SocialeBasisBot.Themes.Evaluation;

namespace SocialeBasisBot.Themes.Cli;

/// <summary>
/// Reads answers from JSON lines (<c>{"id": ..., "text": ...}</c>) or CSV with an id and a text column; labelled
/// files for <c>--evaluate</c> have a <c>label</c> field or column as well, and may have <c>label2</c>: the theme of a
/// second idea in the answer (empty or null when it has one idea), as the dev answers carry it.
/// </summary>
public static class AnswerFileReader
{
    private static readonly string[] AnswerFields = ["id", "text"];
    private static readonly string[] LabelledFields = ["id", "text", "label"];
    private static readonly string[] SecondLabelField = ["label2"];

    public static IReadOnlyList<ThemeAnswer> Read(string path) =>
        ReadRows(path, AnswerFields).Select(r => new ThemeAnswer(r[0]!, r[1]!)).ToList();

    public static IReadOnlyList<LabelledThemeAnswer> ReadLabelled(string path)
    {
        var rows = ReadRows(path, LabelledFields, SecondLabelField);
        var unlabelled = rows.FirstOrDefault(r => r[2]!.Trim().Length == 0);
        if (unlabelled is not null) throw new ThemesInputException($"{path}: antwoord '{unlabelled[0]}' heeft een leeg label.");
        return rows.Select(r => new LabelledThemeAnswer(r[0]!, r[1]!, r[2]!.Trim())
        {
            SecondaryLabel = r[3]?.Trim() is { Length: > 0 } second ? second : null,
        }).ToList();
    }

    /// <summary>Rows of the <paramref name="fields"/> every answer has, then the <paramref name="optional"/> ones (null when absent).</summary>
    private static List<string?[]> ReadRows(string path, string[] fields, string[]? optional = null)
    {
        optional ??= [];
        if (!File.Exists(path)) throw new ThemesInputException($"Invoerbestand niet gevonden: {path}");
        var lines = File.ReadAllLines(path, Encoding.UTF8);
        var rows = Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase)
            ? ReadCsv(path, lines, fields, optional)
            : ReadJsonLines(path, lines, fields, optional);
        if (rows.Count == 0) throw new ThemesInputException($"{path}: geen antwoorden gevonden (het bestand is leeg).");
        var duplicate = rows.GroupBy(r => r[0], StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new ThemesInputException($"{path}: id '{duplicate.Key}' komt meer dan eens voor.");
        return rows;
    }

    private static List<string?[]> ReadJsonLines(string path, string[] lines, string[] fields, string[] optional)
    {
        var rows = new List<string?[]>();
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
                if (doc.RootElement.ValueKind != JsonValueKind.Object)
                    throw new ThemesInputException($"{where}: verwacht een JSON-object met {Quoted(fields)}.");
                var root = doc.RootElement;
                rows.Add([.. fields.Select(f => Field(root, f, where)),
                    .. optional.Select(f => root.TryGetProperty(f, out var v) && v.ValueKind != JsonValueKind.Null ? Field(root, f, where) : null)]);
            }
        }
        return rows;
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

    private static List<string?[]> ReadCsv(string path, string[] lines, string[] fields, string[] optional)
    {
        var rows = new List<string?[]>();
        var headerLine = Array.FindIndex(lines, l => l.Trim().Length > 0);
        if (headerLine < 0) return rows;
        // Dutch Excel writes ';'-separated CSV; take whichever separator the header uses.
        var separator = lines[headerLine].Contains(';', StringComparison.Ordinal) && !lines[headerLine].Contains(',', StringComparison.Ordinal) ? ';' : ',';
        var records = CsvRecords.Parse(string.Join('\n', lines), separator, path);
        var header = records[0].Fields.Select(h => h.Trim().ToLowerInvariant()).ToList();
        var columns = fields.Select(f => header.IndexOf(f)).ToArray();
        if (columns.Any(c => c < 0))
            throw new ThemesInputException($"{path} regel {records[0].Line}: de kopregel moet de kolommen {Quoted(fields)} hebben.");
        var extra = optional.Select(f => header.IndexOf(f)).ToArray();
        var last = columns.Max();
        foreach (var (line, values) in records.Skip(1))
        {
            if (values.Count == 1 && values[0].Length == 0) continue;
            if (values.Count <= last)
                throw new ThemesInputException($"{path} regel {line}: te weinig kolommen ({values.Count}).");
            rows.Add([.. columns.Select(c => values[c]), .. extra.Select(c => c >= 0 && c < values.Count ? values[c] : null)]);
        }
        return rows;
    }

    private static string Quoted(string[] fields) =>
        string.Join(", ", fields[..^1].Select(f => $"'{f}'")) + $" en '{fields[^1]}'";
}
