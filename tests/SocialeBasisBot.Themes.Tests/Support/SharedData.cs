using SocialeBasisBot.Testing;
using SocialeBasisBot.Themes;

namespace SocialeBasisBot.Themes.Tests.Support;

/// <summary>The shared labelled dev answers (testdata/webinar-answers-dev) as the engine sees them.</summary>
public static class SharedData
{
    public static string DevAnswersPath => Testing.DevAnswers.File;

    public static IReadOnlyList<(ThemeAnswer Answer, string Question, string Label)> DevAnswers() =>
        Testing.DevAnswers.All.Select(a => (new ThemeAnswer(a.Id, a.Text), a.Question, a.Label)).ToList();

    public static IReadOnlyList<ThemeAnswer> Question(string question) =>
        DevAnswers().Where(a => a.Question == question).Select(a => a.Answer).ToList();
}
