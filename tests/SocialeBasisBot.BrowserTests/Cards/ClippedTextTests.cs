using SocialeBasisBot.BrowserTests.Content;
using SocialeBasisBot.BrowserTests.Infrastructure;
using SocialeBasisBot.Sessions;
using SocialeBasisBot.Teams.Cards;

namespace SocialeBasisBot.BrowserTests.Cards;

/// <summary>Nothing a person must read is cut off with "…" at the width of a Teams chat column.</summary>
[Collection(SharedBrowser.Name)]
public sealed class ClippedTextTests(Browser browser)
{
    [Fact]
    public async Task No_deck_card_cuts_off_text()
    {
        var programme = Deck.Programme;
        var items = new ItemCards();
        var page = await browser.CardsAsync();
        var clipped = new List<string>();
        foreach (var width in new[] { CardPage.Width, CardPage.PhoneWidth })
        {
            foreach (var item in programme.Items)
            {
                var json = items.Render(programme, item, "sessie-1", 1, programme.Items.Count, 0, open: true, Phrases.Dutch);
                var card = await page.RenderAsync(json, $"clipped-{item.Id}-{width}", width);
                clipped.AddRange(card.Clipped.Select(t => $"{item.Id} at {width}px: {t}"));
            }
        }

        Assert.True(clipped.Count == 0, "Cut off with …:\n" + string.Join("\n", clipped));
    }

    [Theory]
    [InlineData(CardPage.Width)]
    [InlineData(CardPage.PhoneWidth)]
    public async Task No_summary_card_cuts_off_text(int width)
    {
        var summaries = new SummaryCards();
        var session = SampleSession.Session();
        var page = await browser.CardsAsync();
        var cards = summaries.Session(session, Phrases.Dutch)
            .Append(summaries.Question(SampleSession.Question("q1"), Phrases.Dutch))
            .Append(summaries.Poll(SampleSession.Poll(), Phrases.Dutch))
            .ToList();
        var clipped = new List<string>();
        for (var i = 0; i < cards.Count; i++)
            clipped.AddRange((await page.RenderAsync(cards[i], $"clipped-summary-{i + 1}-{width}", width)).Clipped);

        Assert.True(clipped.Count == 0, "Cut off with …:\n" + string.Join("\n", clipped));
    }
}
