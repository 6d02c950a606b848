using SocialeBasisBot.Privacy;
using SocialeBasisBot.Sessions;
using SocialeBasisBot.Teams.Privacy;
using SocialeBasisBot.Tests.Cards;

namespace SocialeBasisBot.Tests.Privacy;

/// <summary>The confirm card of a deletion against the Adaptive Card 1.5 schema, with text that must stay inert.</summary>
public sealed class ConfirmCardTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_confirm_card_is_valid_and_each_button_carries_its_command(bool english)
    {
        var words = PrivacyPhrases.For(english ? Phrases.English : Phrases.Dutch);
        var card = new PrivacyCards().Confirm(new ConfirmReply(
            words.ConfirmDeleteAnswers(3) + " ${injected} [klik](http://evil.example)", words.Confirm, "verwijder mijn antwoorden ja", words.Cancel, "verwijder mijn antwoorden nee"));

        var result = AdaptiveCardSchema.Evaluate(card);
        Assert.True(result.IsValid, card.ToJsonString());
        var actions = card["actions"]!.AsArray();
        Assert.Equal(["verwijder mijn antwoorden ja", "verwijder mijn antwoorden nee"], actions.Select(a => (string?)a!["data"]!["command"]));
        Assert.All(actions, a => Assert.Equal("command", (string?)a!["data"]!["sbb"]));
        Assert.Contains(words.ConfirmDeleteAnswers(3), CardText.All(card).Select(t => t.Split(" ${", StringSplitOptions.None)[0]));
    }
}
