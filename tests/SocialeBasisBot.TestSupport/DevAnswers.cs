using System.Text.Json;

namespace SocialeBasisBot.Testing;

/// <summary>The 180 labelled Dutch chat answers in testdata/webinar-answers-dev.</summary>
public static class DevAnswers
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static string File => Path.Combine(RepositoryPaths.TestData, "webinar-answers-dev", "answers.jsonl");

    public static IReadOnlyList<DevAnswer> All { get; } = System.IO.File
        .ReadLines(File)
        .Where(l => l.Trim().Length > 0)
        .Select(l => JsonSerializer.Deserialize<DevAnswer>(l, Web)!)
        .ToList();

    public static IReadOnlyList<DevAnswer> For(string question) => All.Where(a => a.Question == question).ToList();
}
