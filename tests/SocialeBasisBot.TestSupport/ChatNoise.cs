namespace SocialeBasisBot.Testing;

/// <summary>
/// The hand-written chat noise set in testdata/chat-noise (see its README): every <c>*.jsonl</c> file there, so a
/// part written later in a file of its own (fresh2.jsonl) is read without a code change. A line without a
/// <c>split</c> takes its file's name as its split.
/// </summary>
public static class ChatNoise
{
    public static string Folder => Path.Combine(RepositoryPaths.TestData, "chat-noise");

    public static IReadOnlyList<ChatNoiseLine> All { get; } = Directory
        .GetFiles(Folder, "*.jsonl")
        .OrderBy(file => Path.GetFileName(file) != "lines.jsonl")
        .ThenBy(file => file, StringComparer.Ordinal)
        .SelectMany(file => JsonLines.Read<ChatNoiseLine>(file)
            .Select(l => string.IsNullOrEmpty(l.Split) ? l with { Split = Path.GetFileNameWithoutExtension(file) } : l))
        .ToList();

    /// <summary>The split names in the files, in the order they first occur (lines.jsonl: dev, heldout, fresh).</summary>
    public static IReadOnlyList<string> Splits { get; } = All.Select(l => l.Split).Distinct(StringComparer.Ordinal).ToList();

    public static IReadOnlyList<ChatNoiseLine> Split(string split) => All.Where(l => l.Split == split).ToList();
}
