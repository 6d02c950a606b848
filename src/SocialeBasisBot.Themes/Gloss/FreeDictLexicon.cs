using System.IO.Compression;
using System.Text;

namespace SocialeBasisBot.Themes.Gloss;

/// <summary>
/// The FreeDict Dutch→English dictionary in dictd format (.index + .dict.dz), read at run time from the Debian
/// package dict-freedict-nld-eng. The data is GPL-2.0+, so it is never copied into this repository.
/// </summary>
public sealed class FreeDictLexicon
{
    public const string DefaultBasePath = "/usr/share/dictd/freedict-nld-eng";
    private const string Base64Digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private readonly Dictionary<string, string> firstTranslation;

    private FreeDictLexicon(Dictionary<string, string> firstTranslation) => this.firstTranslation = firstTranslation;

    public int Count => this.firstTranslation.Count;

    /// <summary>Loads the dictionary, or returns null (with the reason) when the files are not there.</summary>
    public static FreeDictLexicon? TryLoad(string basePath, out string? problem)
    {
        var indexPath = basePath + ".index";
        var dictPath = basePath + ".dict.dz";
        if (!File.Exists(indexPath) || !File.Exists(dictPath))
        {
            problem = $"FreeDict dictionary not found at {basePath}.index/.dict.dz (install the Debian package dict-freedict-nld-eng)";
            return null;
        }
        try
        {
            byte[] data;
            // dictzip is gzip with an extra header field, so a plain GZipStream reads it whole (about 1.5 MB).
            using (var gz = new GZipStream(File.OpenRead(dictPath), CompressionMode.Decompress))
            using (var ms = new MemoryStream())
            {
                gz.CopyTo(ms);
                data = ms.ToArray();
            }
            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var line in File.ReadLines(indexPath, Encoding.UTF8))
            {
                var parts = line.Split('\t');
                if (parts.Length != 3 || parts[0].StartsWith("00database", StringComparison.Ordinal)) continue;
                var headword = Text.ChatText.Fold(parts[0].Trim().ToLowerInvariant());
                if (headword.Length == 0 || headword.Contains(' ', StringComparison.Ordinal) || map.ContainsKey(headword)) continue;
                var offset = DecodeBase64Number(parts[1]);
                var length = DecodeBase64Number(parts[2]);
                if (offset < 0 || length <= 0 || offset + length > data.Length) continue;
                var translation = FirstTranslation(Encoding.UTF8.GetString(data, (int)offset, (int)length));
                if (translation is not null) map[headword] = translation;
            }
            problem = null;
            return new FreeDictLexicon(map);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            problem = $"FreeDict dictionary at {basePath} could not be read: {e.Message}";
            return null;
        }
    }

    public bool TryTranslate(string foldedWord, out string translation) =>
        this.firstTranslation.TryGetValue(foldedWord, out translation!);

    public bool Contains(string foldedWord) => this.firstTranslation.ContainsKey(foldedWord);

    private static long DecodeBase64Number(string s)
    {
        long v = 0;
        foreach (var c in s)
        {
            var digit = Base64Digits.IndexOf(c, StringComparison.Ordinal);
            if (digit < 0) return -1;
            v = v * 64 + digit;
        }
        return v;
    }

    // An entry is "headword /ipa/\n1. first, second\n2. ...": the first word of the first sense is the gloss.
    private static string? FirstTranslation(string entry)
    {
        var lines = entry.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length < 2) return null;
        var sense = lines[1];
        var dot = sense.IndexOf(". ", StringComparison.Ordinal);
        if (dot > 0 && dot < 4 && char.IsDigit(sense[0])) sense = sense[(dot + 2)..];
        var first = sense.Split(',', ';')[0].Trim();
        if (first.StartsWith("to ", StringComparison.Ordinal)) first = first[3..];
        var paren = first.IndexOf('(', StringComparison.Ordinal);
        if (paren > 0) first = first[..paren].Trim();
        return first.Length == 0 ? null : first;
    }
}
