using SocialeBasisBot.Themes.Gloss;

namespace SocialeBasisBot.Themes.Tests.Engine;

public sealed class GlossTests
{
    private static DutchEnglishGlosser Glosser()
    {
        var lexicon = FreeDictLexicon.TryLoad(FreeDictLexicon.DefaultBasePath, out var problem);
        Assert.True(lexicon is not null, problem);
        return new DutchEnglishGlosser(lexicon!);
    }

    [Fact]
    public void Dutch_words_inflections_and_compounds_are_glossed_to_english()
    {
        var glosser = Glosser();
        var gloss = glosser.Gloss("Tekort aan vrijwilligers!!").Split(' ');
        Assert.Contains("shortage", gloss);
        Assert.Contains("volunteers", gloss);
        Assert.Equal("money", glosser.GlossWord("geld"));
        Assert.NotNull(glosser.GlossWord("subsidieaanvragen"));   // compound + plural
        Assert.Equal(glosser.GlossWord("geld") + " " + glosser.GlossWord("gebrek"), glosser.GlossWord("geldgebrek")); // compound
        Assert.Equal(glosser.GlossWord("buurt"), glosser.GlossWord("buurten"));                                       // plural
    }

    [Fact]
    public void English_words_and_names_pass_through()
    {
        Assert.Equal("deventer", Glosser().Gloss("in Deventer").Split(' ')[^1]);
        Assert.Contains("waiting", Glosser().Gloss("waiting list voor een maatje"), StringComparison.Ordinal);
    }
}
