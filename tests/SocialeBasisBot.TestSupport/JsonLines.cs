using System.Text.Json;

namespace SocialeBasisBot.Testing;

/// <summary>Reads a JSON-lines file of testdata/ into records (web naming: "label2" → Label2), skipping blank lines.</summary>
public static class JsonLines
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<T> Read<T>(string path) => File
        .ReadLines(path)
        .Where(l => l.Trim().Length > 0)
        .Select(l => JsonSerializer.Deserialize<T>(l, Web)!)
        .ToList();
}
