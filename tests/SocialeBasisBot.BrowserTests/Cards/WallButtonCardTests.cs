using SocialeBasisBot.BrowserTests.Infrastructure;
using SocialeBasisBot.Programme;
using SocialeBasisBot.Sessions;
using SocialeBasisBot.Teams.Cards;
using SocialeBasisBot.Wall;

namespace SocialeBasisBot.BrowserTests.Cards;

/// <summary>The question card posted with its close time and wall button, and the wall link card, in the official renderer.</summary>
[Collection(SharedBrowser.Name)]
public sealed class WallButtonCardTests(Browser browser)
{
    [Fact]
    public async Task A_timed_question_card_shows_its_close_time_and_the_wall_button()
    {
        var programme = Deck.Programme;
        var item = programme.Items.First(i => i.Kind == ProgrammeItemKind.OpenQuestion);
        var closesAt = new DateTimeOffset(2026, 3, 12, 20, 42, 0, TimeSpan.FromHours(1));
        var page = await browser.CardsAsync();

        var card = await page.RenderAsync(
            new ItemCards().Render(programme, item, "sessie-1", 3, programme.Items.Count, 0, open: true, Phrases.Dutch, closesAt: closesAt),
            "question-timed-open");

        Assert.True(card.Rendered);
        Assert.Empty(card.Errors);
        Assert.Contains("⏱ Sluit om 20:42", card.TextBlocks);
        Assert.Equal(["Themamuur (begeleiders)", "Verstuur"], card.Buttons);
        var click = await page.ClickAsync("Themamuur (begeleiders)");
        Assert.Equal("Action.Execute", click["sent"]!["type"]!.GetValue<string>());
        Assert.Equal("wall", click["sent"]!["data"]!["sbb"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_wall_link_card_opens_the_wall_and_goes_back_to_the_question()
    {
        var access = new WallAccessResult(WallPhrases.English, Deck.Programme.Title, "https://bot.example.nl/wall/sessie-1?expires=1&sig=x&lang=en",
            new DateTimeOffset(2026, 3, 13, 20, 30, 0, TimeSpan.FromHours(1)));
        var page = await browser.CardsAsync();

        var card = await page.RenderAsync(new WallCards().Link(access, "sessie-1", "q1"), "wall-link-en");

        Assert.True(card.Rendered);
        Assert.Empty(card.Errors);
        Assert.Contains(WallPhrases.English.LinkCardText(access.Until), card.TextBlocks);
        Assert.Equal(["Open the wall", "Back to the question"], card.Buttons);
        var open = await page.ClickAsync("Open the wall");
        Assert.Equal(access.Url, open["sent"]!["url"]!.GetValue<string>());
    }
}
