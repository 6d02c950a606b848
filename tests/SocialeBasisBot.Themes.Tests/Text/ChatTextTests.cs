using SocialeBasisBot.Themes.Text;

namespace SocialeBasisBot.Themes.Tests.Text;

public sealed class ChatTextTests
{
    [Fact]
    public void Clean_removes_mentions_urls_and_emoji_but_keeps_the_words()
    {
        var clean = ChatText.Clean("@SocialeBasisBot jongeren willen wel helpen 😅 zie https://movisie.nl/x");
        Assert.Equal("jongeren willen wel helpen zie", clean);
    }

    [Fact]
    public void Normalise_writes_out_chat_abbreviations()
    {
        var s = ChatText.Normalise("Gesprek met gem. ivm vrijw. bijv. de VOG");
        Assert.Equal("gesprek met gemeente in verband met vrijwilligers bijvoorbeeld de vog", s);
    }

    [Fact]
    public void Fold_removes_accents_so_spelling_variants_match()
    {
        Assert.Equal("cooperatie", ChatText.Fold("coöperatie"));
        Assert.Equal(DutchStemmer.Stem("coördinatoren"), DutchStemmer.Stem("coordinatoren"));
    }

    [Fact]
    public void Chat_filler_and_dutch_function_words_are_stop_words_but_content_words_are_not()
    {
        Assert.True(DutchStopWords.Contains("eigenlijk"));
        Assert.True(DutchStopWords.Contains("de"));
        Assert.False(DutchStopWords.Contains("vrijwilligers"));
        Assert.False(DutchStopWords.Contains("subsidie"));
    }
}
