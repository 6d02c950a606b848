namespace SocialeBasisBot.Testing;

/// <summary>The hand-written chat noise set in testdata/chat-noise (see its README).</summary>
public static class ChatNoise
{
    public static string File => Path.Combine(RepositoryPaths.TestData, "chat-noise", "lines.jsonl");

    public static IReadOnlyList<ChatNoiseLine> All { get; } = JsonLines.Read<ChatNoiseLine>(File);

    public static IReadOnlyList<ChatNoiseLine> Split(string split) => All.Where(l => l.Split == split).ToList();
}
