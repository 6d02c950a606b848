using SocialeBasisBot.Testing;
using SocialeBasisBot.Themes.Agreement;
using SocialeBasisBot.Themes.Engine;
using SocialeBasisBot.Themes.OffTopic;
using SocialeBasisBot.Themes.Tests.Support;

namespace SocialeBasisBot.Themes.Tests.Agreement;

public sealed class AgreementDetectorTests
{
    [Theory]
    [InlineData("+1", null)]
    [InlineData("+1!!", null)]
    [InlineData("+ 1 van mij", null)]
    [InlineData("Eens met Sandra", "Sandra")]
    [InlineData("helemaal mee eens met @Sandra", "Sandra")]
    [InlineData("Eens met Jan V.", "Jan V.")]
    [InlineData("idem", null)]
    [InlineData("Idem dito hoor", null)]
    [InlineData("zelfde hier", null)]
    [InlineData("Zelfde hier!", null)]
    [InlineData("dit!", null)]
    [InlineData("Dit 👆", null)]
    [InlineData("👍", null)]
    [InlineData("👍👍💯", null)]
    [InlineData("Herkenbaar!", null)]
    [InlineData("Ik sluit me aan bij Peter", "Peter")]
    [InlineData("Wat Anja zegt", "Anja")]
    [InlineData("Helemaal eens", null)]
    [InlineData("Klopt, bij ons ook", null)]
    [InlineData("same here", null)]
    public void Agreement_without_words_of_its_own_is_support_only(string line, string? named)
    {
        var match = AgreementDetector.Detect(line);
        Assert.True(match.IsSupportOnly, $"{line}: {match}");
        Assert.Equal(named, match.NamedPerson);
    }

    [Theory]
    [InlineData("Eens, en ook meer tijd voor de coördinator")]
    [InlineData("+1 en daarnaast een vaste vrijwilligersvergoeding")]
    [InlineData("Eens met Sandra, de regeldruk is echt te hoog")]
    [InlineData("Herkenbaar! Bij ons ook een wachtlijst voor maatjes")]
    [InlineData("Idem, vooral de VOG-aanvraag kost tijd")]
    public void Agreement_that_adds_words_keeps_its_text_as_an_answer(string line)
    {
        var match = AgreementDetector.Detect(line);
        Assert.True(match.Agrees && match.AddsWords, $"{line}: {match}");
    }

    [Theory]
    [InlineData("Dit is precies het probleem: geen tijd")]
    [InlineData("Zeker meer tijd en geld")]
    [InlineData("Eenzaamheid onder ouderen")]
    [InlineData("Ditmaal geen subsidie")]
    [InlineData("Inderdaadje")]
    [InlineData("Meer tijd! 👍")]
    [InlineData("")]
    public void Ordinary_answers_are_no_agreement(string line) =>
        Assert.False(AgreementDetector.Detect(line).Agrees, line);

    [Fact]
    public void Almost_no_dev_answer_is_taken_for_support_only()
    {
        var support = DevAnswers.All.Where(a => AgreementDetector.Detect(a.Text).IsSupportOnly).ToList();
        Assert.True(support.Count <= 1, string.Join("; ", support.Select(s => s.Text)));
    }

    [Fact]
    public void Support_goes_to_the_quoted_answer_else_the_named_persons_latest_else_the_previous_answer()
    {
        var answers = new[]
        {
            new ThemeAnswer("a1", "Te weinig tijd voor begeleiding") { Author = "Sandra V." },
            new ThemeAnswer("a2", "Regeldruk, vooral de VOG") { Author = "Peter" },
            new ThemeAnswer("a3", "Goedemorgen allemaal!") { Author = "Kim" },
            new ThemeAnswer("a4", "+1") { Author = "Kim" },
            new ThemeAnswer("a5", "eens met Sandra") { Author = "Jan" },
            new ThemeAnswer("a6", "Geen geld voor een vergoeding") { Author = "Sandra V." },
            new ThemeAnswer("a7", "Eens met sandra!") { Author = "Ali" },
            new ThemeAnswer("a8", "👍") { Author = "Eva", QuotedAnswerId = "a2" },
            new ThemeAnswer("a9", "") { Author = "Tom", QuotedAnswerId = "a1" },
            new ThemeAnswer("a10", "Eens, en ook te weinig scholing") { Author = "Noor" },
        };

        var filtered = OffTopicFilter.Apply(answers, OffTopicDetection.Rules);

        Assert.Equal(
            [new ThemeSupport("a4", "a2"), new ThemeSupport("a5", "a1"), new ThemeSupport("a7", "a6"), new ThemeSupport("a8", "a2"), new ThemeSupport("a9", "a1")],
            filtered.Support);
        Assert.Equal(["a3"], filtered.OffTopic);
        Assert.Equal(["a1", "a2", "a6", "a10"], filtered.Answers.Select(a => a.Id));
    }

    [Fact]
    public void A_first_line_that_only_agrees_supports_nothing()
    {
        var filtered = OffTopicFilter.Apply([new ThemeAnswer("a1", "+1"), new ThemeAnswer("a2", "meer tijd")], OffTopicDetection.Rules);
        Assert.Equal([new ThemeSupport("a1", null)], filtered.Support);
    }
}
