using System.Text.Json;

namespace SocialeBasisBot.Testing;

/// <summary>The hand-written chat noise set in testdata/chat-noise (see its README).</summary>
public static class ChatNoise
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static string File => Path.Combine(RepositoryPaths.TestData, "chat-noise", "lines.jsonl");

    public static IReadOnlyList<ChatNoiseLine> All { get; } = System.IO.File
        .ReadLines(File)
        .Where(l => l.Trim().Length > 0)
        .Select(l => JsonSerializer.Deserialize<ChatNoiseLine>(l, Web)!)
        .ToList();

    public static IReadOnlyList<ChatNoiseLine> Split(string split) => All.Where(l => l.Split == split).ToList();
}
