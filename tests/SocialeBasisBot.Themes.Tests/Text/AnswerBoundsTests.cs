using SocialeBasisBot.Testing;
using SocialeBasisBot.Themes.Tests.Support;
using SocialeBasisBot.Themes.Text;

namespace SocialeBasisBot.Themes.Tests.Text;

[Collection(EngineTests.Name)]
public sealed class AnswerBoundsTests(EngineFixture fixture)
{
    [Fact]
    public void Real_answers_come_back_unchanged()
    {
        Assert.All(DevAnswers.All, a => Assert.Same(a.Text, AnswerBounds.Apply(a.Text)));
    }

    [Fact]
    public void One_100_000_character_word_is_cut_to_the_longest_word_allowed()
    {
        var word = new string('x', 100_000);

        Assert.Equal(new string('x', AnswerBounds.MaxWordLength), AnswerBounds.Apply(word));
        Assert.Equal("kort " + new string('x', AnswerBounds.MaxWordLength) + " eind", AnswerBounds.Apply("kort " + word + " eind"));
    }

    [Fact]
    public void Five_megabytes_of_words_keep_the_first_words_only()
    {
        var text = string.Concat(Enumerable.Repeat("samen met de buurt ", 5 * 1024 * 1024 / 19));

        var bounded = AnswerBounds.Apply(text);

        Assert.Equal(AnswerBounds.MaxWords, bounded.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.StartsWith(bounded, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData('!')]
    [InlineData(' ')]
    [InlineData('-')]
    public void Long_runs_between_words_are_cut(char gap)
    {
        var text = "begin" + new string(gap, 1_000_000) + "eind";

        Assert.Equal("begin" + new string(gap, AnswerBounds.MaxGapLength) + "eind", AnswerBounds.Apply(text));
    }

    [Fact]
    public void Hyphenated_chains_count_as_many_words()
    {
        var bounded = AnswerBounds.Apply(string.Concat(Enumerable.Repeat("a-", 1_000_000)));

        Assert.Equal(AnswerBounds.MaxWords, bounded.Count(c => c == 'a'));
    }

    [Fact]
    public async Task The_engine_groups_a_huge_answer_with_the_rest_and_stops_when_cancelled()
    {
        var answers = DevAnswers.For("q1").Take(20).Select(a => new ThemeAnswer(a.Id, a.Text))
            .Append(new ThemeAnswer("huge", new string('b', 100_000)))
            .Append(new ThemeAnswer("many", string.Concat(Enumerable.Repeat("vrijwilligers in de wijk ", 200_000))))
            .ToList();
        var request = new ThemeRequest { Answers = answers };

        var result = await fixture.Engine.FindThemesAsync(request);
        Assert.NotEmpty(result.Themes);

        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fixture.Engine.FindThemesAsync(request, cancelled.Token));
    }
}
