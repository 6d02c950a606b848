using System.Text.Json;

namespace SocialeBasisBot.Themes.OffTopic;

/// <summary>
/// The lines the learned detector trains on, embedded in this assembly at build time: testdata/chat-noise/lines.jsonl
/// (hand-written chat noise and near-miss answers, parts dev, heldout and fresh; see its README) and
/// testdata/webinar-answers-dev/answers.jsonl (180 hand-written answers, all negatives). Later parts in other files
/// (fresh2.jsonl) are not embedded: they stay unseen.
/// </summary>
public static class OffTopicTrainingSet
{
    private const string ChatNoise = "SocialeBasisBot.Themes.OffTopic.chat-noise-lines.jsonl";
    private const string Answers = "SocialeBasisBot.Themes.OffTopic.webinar-answers-dev.jsonl";

    public static IReadOnlyList<OffTopicExample> Embedded() =>
        Read(ChatNoise).Select(e => new OffTopicExample(Text(e), e.GetProperty("label").GetString() == "off-topic"))
            .Concat(Read(Answers).Select(e => new OffTopicExample(Text(e), false)))
            .ToList();

    private static string Text(JsonElement e) => e.GetProperty("text").GetString() ?? "";

    private static List<JsonElement> Read(string resource)
    {
        using var stream = typeof(OffTopicTrainingSet).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource {resource} is missing.");
        using var reader = new StreamReader(stream);
        var lines = new List<JsonElement>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Trim().Length == 0) continue;
            using var doc = JsonDocument.Parse(line);
            lines.Add(doc.RootElement.Clone());
        }
        return lines;
    }
}
