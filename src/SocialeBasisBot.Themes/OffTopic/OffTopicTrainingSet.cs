using System.Text.Json;

namespace SocialeBasisBot.Themes.OffTopic;

/// <summary>
/// The lines the learned detector trains on, embedded in this assembly at build time: testdata/chat-noise/lines.jsonl
/// fresh2.jsonl and fresh3.jsonl (hand-written chat noise and near-miss answers, parts dev, heldout, fresh and, since
/// session 6, fresh2 and fresh3 once each was scored unseen; see its README) and testdata/webinar-answers-dev/answers.jsonl (180 hand-written answers, all negatives).
/// Each file is named in the project file; a part added later (fresh4.jsonl, …) is not embedded: it stays unseen.
/// </summary>
public static class OffTopicTrainingSet
{
    private static readonly string[] ChatNoise =
    [
        "SocialeBasisBot.Themes.OffTopic.chat-noise-lines.jsonl",
        "SocialeBasisBot.Themes.OffTopic.chat-noise-fresh2.jsonl",
        "SocialeBasisBot.Themes.OffTopic.chat-noise-fresh3.jsonl",
    ];

    private const string Answers = "SocialeBasisBot.Themes.OffTopic.webinar-answers-dev.jsonl";

    public static IReadOnlyList<OffTopicExample> Embedded() =>
        ChatNoise.SelectMany(Read).Select(e => new OffTopicExample(Text(e), e.GetProperty("label").GetString() == "off-topic"))
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
