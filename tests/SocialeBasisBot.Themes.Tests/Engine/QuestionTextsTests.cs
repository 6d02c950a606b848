using SocialeBasisBot.Themes.Text;

namespace SocialeBasisBot.Themes.Tests.Engine;

public sealed class QuestionTextsTests
{
    [Fact]
    public void A_long_building_block_is_bounded_as_preparation_bounds_it_so_the_cached_string_is_the_one_looked_up()
    {
        var longText = string.Join(' ', Enumerable.Range(0, 600).Select(i => $"woord{i}"));
        var block = QuestionTexts.Block(new BuildingBlockText("b", "Steun en ruimte", longText));

        // Preparation bounds what it caches (AnswerBounds.Apply); bounding again changes nothing, so both keys agree.
        Assert.Equal(AnswerBounds.Apply(block), block);
        Assert.True(block.Length < longText.Length, "the 600-word block was not bounded");
    }

    [Fact]
    public void A_short_prototype_comes_back_as_written()
    {
        var theme = new ExpectedTheme { Id = "t", Label = "Regeldruk", Description = "Regels en formulieren", Examples = ["te veel regels"] };
        Assert.Equal(["Regeldruk. Regels en formulieren", "te veel regels"], QuestionTexts.Prototypes(theme));
    }
}
