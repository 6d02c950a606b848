using System.Text.Json;
using SocialeBasisBot.BrowserTests.Infrastructure;

namespace SocialeBasisBot.BrowserTests.Content;

/// <summary>The 180 labelled Dutch chat answers in ../shared/data/webinar-answers-dev.</summary>
public static class DevAnswers
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<DevAnswer> All { get; } = File
        .ReadLines(Path.Combine(RepositoryPaths.Shared, "data", "webinar-answers-dev", "answers.jsonl"))
        .Where(l => l.Trim().Length > 0)
        .Select(l => JsonSerializer.Deserialize<DevAnswer>(l, Web)!)
        .ToList();
}
