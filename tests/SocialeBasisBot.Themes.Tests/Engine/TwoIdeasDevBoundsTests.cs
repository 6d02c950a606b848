using SocialeBasisBot.Benchmarks.Data;
using SocialeBasisBot.Testing;
using SocialeBasisBot.Themes.Evaluation;
using SocialeBasisBot.Themes.Tests.Support;

namespace SocialeBasisBot.Themes.Tests.Engine;

/// <summary>
/// Second themes on the dev answers against their <c>label2</c>, guided by the dev README's label scheme (ids and
/// one-line descriptions only), as lower bounds of what the benchmark measured (docs/themes.md): 4 of 9 correct.
/// </summary>
[Collection(EngineTests.Name)]
public sealed class TwoIdeasDevBoundsTests(EngineFixture fixture)
{
    [Fact]
    public async Task Second_themes_on_the_dev_answers_are_right_at_least_four_times_in_ten()
    {
        var readme = Path.Combine(Path.GetDirectoryName(DevAnswers.File)!, "README.md");
        int predicted = 0, correct = 0;
        foreach (var question in new[] { "q1", "q2", "q3" })
        {
            var answers = DevAnswers.For(question);
            var result = await fixture.Engine.FindThemesAsync(new ThemeRequest
            {
                Answers = answers.Select(a => new ThemeAnswer(a.Id, a.Text)).ToList(),
                ExpectedThemes = ReadmeThemes.ForQuestion(readme, question),
            });
            var score = ThemeEvaluator.Evaluate(answers.Select(a => new LabelledThemeAnswer(a.Id, a.Text, a.Label) { SecondaryLabel = a.Label2 }).ToList(), result).Secondary;
            predicted += score.Predicted;
            correct += score.Correct;
        }
        Assert.True(correct >= 4 && correct * 10 >= predicted * 4, $"{correct} of {predicted} second themes correct");
    }
}
