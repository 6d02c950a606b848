using SocialeBasisBot.Themes.Text;

namespace SocialeBasisBot.Themes.Tests.Text;

public sealed class AnswerPartsTests
{
    [Theory]
    [InlineData("meer tijd en een vrijwilligersvergoeding", new[] { "meer tijd", "een vrijwilligersvergoeding" })]
    [InlineData("tijd en geld", new[] { "tijd", "geld" })]
    [InlineData("Subsidie gaat omlaag maar de prestatieafspraken gaan omhoog", new[] { "Subsidie gaat omlaag", "de prestatieafspraken gaan omhoog" })]
    [InlineData("Uren. Ik heb 16 uur per week, en ook een budget", new[] { "Uren", "Ik heb 16 uur per week", "ook een budget" })]
    [InlineData("scholing + een bedankje 👍", new[] { "scholing", "een bedankje" })]
    public void Splits_at_sentences_commas_and_joining_words(string text, string[] parts) =>
        Assert.Equal(parts, AnswerParts.Split(text));

    [Theory]
    [InlineData("Tekort aan vrijwilligers!!")]
    [InlineData("meer tijd en zo")]          // "zo" holds no content word: no second part
    [InlineData("regeldruk, nou ja")]
    public void A_single_idea_is_one_part_and_has_no_multiple_parts(string text)
    {
        Assert.Single(AnswerParts.Split(text));
        Assert.Empty(AnswerParts.MultipleOrNone(text));
    }
}
