using SocialeBasisBot.BrowserTests.Content;
using SocialeBasisBot.BrowserTests.Infrastructure;
using SocialeBasisBot.Sessions;
using SocialeBasisBot.Teams.Cards;
using SocialeBasisBot.Teams.Meetings;

namespace SocialeBasisBot.BrowserTests.Cards;

/// <summary>The cards of issue 9 in the official renderer: the receipt a card answer gets, and the meeting-ready card.</summary>
[Collection(SharedBrowser.Name)]
public sealed class MeetingCardTests(Browser browser)
{
    [Fact]
    public async Task The_receipt_shows_the_answer_the_count_and_a_button_to_change_it()
    {
        var item = Deck.Programme.Items.First(i => i.IsQuestion);
        var receipt = new CardAnswerReceipt(AnswerOutcome.Stored, Phrases.Dutch, Replaced: true, "**vet** [klik](http://evil.example)", item, "sessie-1", 12);
        var page = await browser.CardsAsync();

        var card = await page.RenderAsync(new AnswerCards().Receipt(receipt), "card-answer-receipt");

        Assert.True(card.Rendered);
        Assert.Empty(card.Errors);
        Assert.Contains(Phrases.Dutch.CardReceived(replaced: true), card.TextBlocks);
        Assert.Contains("12 antwoorden tot nu toe", card.TextBlocks);
        Assert.Contains(Phrases.Dutch.OnlyYouSeeThis, card.TextBlocks);
        Assert.Equal(["Wijzig je antwoord"], card.Buttons);
        Assert.Empty(card.Dom.QuerySelectorAll("a[href]"));
    }

    [Fact]
    public async Task The_meeting_ready_card_names_the_programme_to_start()
    {
        var page = await browser.CardsAsync();

        var card = await page.RenderAsync(
            new MeetingCards().Ready(new MeetingReady(Deck.Programme.Title, Deck.Programme.Id, ["buurtkracht-workshop"], Phrases.English)),
            "meeting-ready-en");

        Assert.True(card.Rendered);
        Assert.Empty(card.Errors);
        Assert.Contains(Phrases.English.MeetingReadyTitle, card.TextBlocks);
        Assert.Contains(card.TextBlocks, t => t.Contains("@SocialeBasisBot start", StringComparison.Ordinal));
    }
}
