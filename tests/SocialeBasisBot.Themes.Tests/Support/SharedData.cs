using System.Text.Json;
using SocialeBasisBot.Themes;

namespace SocialeBasisBot.Themes.Tests.Support;

/// <summary>The shared labelled dev answers (../shared/data/webinar-answers-dev) and the programme file.</summary>
public static class SharedData
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string DevAnswersPath => Path.Combine(RepositoryRoot, "..", "shared", "data", "webinar-answers-dev", "answers.jsonl");

    public static IReadOnlyList<(ThemeAnswer Answer, string Question, string Label)> DevAnswers() =>
        File.ReadLines(DevAnswersPath).Where(l => l.Trim().Length > 0).Select(l =>
        {
            using var doc = JsonDocument.Parse(l);
            var r = doc.RootElement;
            return (new ThemeAnswer(r.GetProperty("id").GetString()!, r.GetProperty("text").GetString()!),
                r.GetProperty("question").GetString()!, r.GetProperty("label").GetString()!);
        }).ToList();

    public static IReadOnlyList<ThemeAnswer> Question(string question) =>
        DevAnswers().Where(a => a.Question == question).Select(a => a.Answer).ToList();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SocialeBasisBot.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("SocialeBasisBot.sln not found above " + AppContext.BaseDirectory);
    }
}
