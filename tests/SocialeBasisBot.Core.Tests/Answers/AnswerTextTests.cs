using SocialeBasisBot.Answers;

namespace SocialeBasisBot.Core.Tests.Answers;

public sealed class AnswerTextTests
{
    [Fact]
    public void A_text_that_fits_is_kept_as_it_is()
    {
        var text = new string('a', 4_000);

        Assert.Same(text, AnswerText.Shorten(text, 4_000));
        Assert.False(AnswerText.IsShortened(text));
    }

    [Fact]
    public void A_longer_text_keeps_its_start_and_ends_in_a_mark_with_its_length_within_the_limit()
    {
        var text = string.Concat(Enumerable.Repeat("Samen met de buurt. ", 600));

        var shortened = AnswerText.Shorten(text, 4_000);

        Assert.True(shortened.Length <= 4_000);
        Assert.StartsWith(shortened[..3_900], text, StringComparison.Ordinal);
        Assert.EndsWith(" … [ingekort; 12000 tekens]", shortened, StringComparison.Ordinal);
        Assert.True(AnswerText.IsShortened(shortened));
    }

    [Fact]
    public void An_emoji_is_never_cut_in_half()
    {
        // The cut falls between the two halves of the emoji: the whole emoji goes.
        var mark = " … [ingekort; 300 tekens]";
        var keep = 200 - mark.Length;
        var text = new string('a', keep - 1) + "😀" + new string('b', 300 - keep - 1);

        var shortened = AnswerText.Shorten(text, 200);

        Assert.Equal(new string('a', keep - 1) + mark, shortened);
    }

    [Fact]
    public void Limits_below_the_room_for_the_mark_are_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => AnswerText.Shorten("tekst", 10));
}
