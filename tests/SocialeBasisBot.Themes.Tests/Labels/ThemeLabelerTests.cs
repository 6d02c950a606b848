using SocialeBasisBot.Themes.Labels;

namespace SocialeBasisBot.Themes.Tests.Labels;

public sealed class ThemeLabelerTests
{
    private static readonly string[] Answers =
    [
        "De wachtlijst voor vrijwilligers wordt steeds langer",          // 0 ┐
        "Onze wachtlijst groeit, te weinig vrijwilligers",               // 1 ├ theme: wachtlijst
        "Een wachtlijst van drie maanden voor een maatje bij vrijwilligers", // 2 ┘
        "Vrijwilligers willen een vrijwilligersvergoeding",               // 3 ┐
        "De vergoeding voor vrijwilligers is te laag",                    // 4 ├ theme: vergoeding
        "Geen budget voor een vergoeding aan vrijwilligers",              // 5 ┘
    ];

    [Fact]
    public void The_label_is_the_telling_word_of_the_theme_not_the_word_every_answer_uses()
    {
        var labeler = new ThemeLabeler(Answers);
        var waiting = labeler.Label([0, 1, 2]);
        var money = labeler.Label([3, 4, 5]);
        Assert.StartsWith("Wachtlijst", waiting.Label, StringComparison.Ordinal);
        Assert.StartsWith("Vergoeding", money.Label, StringComparison.Ordinal);
        Assert.DoesNotContain("vrijwilligers", waiting.Label.ToLowerInvariant(), StringComparison.Ordinal);
    }

    [Fact]
    public void Words_of_the_question_count_less_for_the_label()
    {
        string[] answers = ["bezuinigingen", "bezuinigingen en zorgtaken", "de bezuinigingen", "gemeente", "gemeente en wethouder", "wethouder"];
        Assert.StartsWith("Bezuinigingen", new ThemeLabeler(answers).Label([0, 1, 2]).Label, StringComparison.Ordinal);
        var label = new ThemeLabeler(answers, "Wat merken jullie van de bezuinigingen?").Label([0, 1, 2]);
        Assert.StartsWith("Zorgtaken", label.Label, StringComparison.Ordinal);
    }
}
