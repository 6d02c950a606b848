using System.Text.Json.Nodes;
using SocialeBasisBot.BrowserTests.Infrastructure;
using SocialeBasisBot.Programme;
using SocialeBasisBot.Sessions;
using SocialeBasisBot.Teams.Cards;

namespace SocialeBasisBot.BrowserTests.Cards;

/// <summary>Every item of the real deck, as the official Adaptive Cards renderer shows it in Chromium (Teams light).</summary>
[Collection(SharedBrowser.Name)]
public sealed class DeckCardTests(Browser browser)
{
    private const int AnswersSoFar = 7;
    private readonly ItemCards cards = new();

    [Theory]
    [MemberData(nameof(Deck.ItemsOpenAndClosed), MemberType = typeof(Deck))]
    public async Task Every_deck_item_shows_its_content(string itemId, bool open)
    {
        var programme = Deck.Programme;
        var item = programme.FindItem(itemId)!;
        var position = programme.Items.ToList().IndexOf(item) + 1;
        var page = await browser.CardsAsync();

        var card = await page.RenderAsync(Render(item, open), $"item-{position:00}-{item.Id}{(item.IsQuestion ? open ? "-open" : "-closed" : "")}");

        Assert.True(card.Rendered);
        Assert.Empty(card.Errors);
        Assert.True(card.Width > 400 && card.Height > 0, $"card is {card.Width}×{card.Height}");
        var texts = card.TextBlocks;
        Assert.Equal($"Onderdeel {position} van {programme.Items.Count}", texts[0]);
        Assert.Equal(RenderedCard.Flat(item.Title), texts[1]);
        if (item.Text.Length > 0)
            Assert.Contains(RenderedCard.Flat(item.Text), texts);
        Assert.All(item.Bullets, b => Assert.Contains("• " + RenderedCard.Flat(b), texts));
        Assert.All(item.Quotes, q => Assert.Contains(RenderedCard.Flat(q.Text), texts));
        Assert.All(item.Quotes.Where(q => q.Source.Length > 0), q => Assert.Contains("— " + RenderedCard.Flat(q.Source), texts));
        Assert.All(item.BuildingBlocks, id => Assert.Contains(texts, t => t.EndsWith(": " + programme.FindBuildingBlock(id)!.Title, StringComparison.Ordinal)));

        switch (item.Kind)
        {
            case ProgrammeItemKind.OpenQuestion:
                AssertQuestion(card, open);
                break;
            case ProgrammeItemKind.Poll:
                AssertPoll(card, item, open);
                break;
            default:
                Assert.Equal(item.Links.Select(l => RenderedCard.Flat(l.Title)), card.Buttons);
                Assert.Empty(card.Dom.QuerySelectorAll("input, textarea, select"));
                break;
        }
    }

    [Fact]
    public async Task A_participant_can_type_an_answer_in_an_open_question_and_send_it()
    {
        var item = Deck.Programme.Items.First(i => i.Kind == ProgrammeItemKind.OpenQuestion);
        var page = await browser.CardsAsync();
        await page.RenderAsync(Render(item, open: true), "send-answer");

        var click = await page.ClickAsync("Verstuur", "Steeds meer vraag naar maatjes");

        Assert.True(click["clicked"]!.GetValue<bool>());
        var sent = click["sent"]!;
        Assert.Equal("Action.Execute", sent["type"]!.GetValue<string>());
        Assert.Equal("answer", sent["data"]!["sbb"]!.GetValue<string>());
        Assert.Equal("sessie-1", sent["data"]!["session"]!.GetValue<string>());
        Assert.Equal(item.Id, sent["data"]!["item"]!.GetValue<string>());
        Assert.Equal("Steeds meer vraag naar maatjes", sent["data"]!["answer"]!.GetValue<string>());
    }

    [Fact]
    public async Task Link_buttons_of_an_information_item_open_their_url()
    {
        var item = Deck.Programme.Items.First(i => i.Links.Count > 0);
        var page = await browser.CardsAsync();
        await page.RenderAsync(Render(item, open: true), "links");

        foreach (var link in item.Links)
        {
            var click = await page.ClickAsync(RenderedCard.Flat(link.Title));
            Assert.True(click["clicked"]!.GetValue<bool>(), link.Title);
            Assert.Equal("Action.OpenUrl", click["sent"]!["type"]!.GetValue<string>());
            Assert.Equal(link.Url, click["sent"]!["url"]!.GetValue<string>());
        }

        var events = await page.EventsAsync();
        Assert.Empty(events.Blocked);
        Assert.Empty(events.PageErrors);
    }

    private JsonObject Render(ProgrammeItem item, bool open)
    {
        var programme = Deck.Programme;
        var position = programme.Items.ToList().IndexOf(item) + 1;
        return cards.Render(programme, item, "sessie-1", position, programme.Items.Count, AnswersSoFar, open, Phrases.Dutch);
    }

    private static void AssertQuestion(RenderedCard card, bool open)
    {
        if (open)
        {
            var box = Assert.Single(card.Dom.QuerySelectorAll("textarea"));
            Assert.Equal("Typ hier je antwoord (of gewoon in de chat)", box.GetAttribute("placeholder"));
            Assert.Equal(["Themamuur (begeleiders)", "Verstuur"], card.Buttons);
            // An open card is never edited while people type in it: its count comes when the question closes.
            Assert.Contains("Het aantal antwoorden verschijnt hier als de vraag sluit.", card.TextBlocks);
            Assert.Contains(Phrases.Dutch.CardAnswersPrivate, card.TextBlocks);
        }
        else
        {
            Assert.Empty(card.Dom.QuerySelectorAll("input, textarea, select"));
            Assert.Empty(card.Buttons);
            Assert.Contains($"Gesloten · {AnswersSoFar} antwoorden", card.TextBlocks);
        }
    }

    private static void AssertPoll(RenderedCard card, ProgrammeItem poll, bool open)
    {
        var choices = poll.Options.Select(o => RenderedCard.Flat($"{o.Id}. {o.Label}")).ToList();
        if (open)
        {
            var inputs = card.Dom.QuerySelectorAll("input").ToList();
            Assert.Equal(choices.Count, inputs.Count);
            Assert.All(inputs, i => Assert.Equal(poll.MultipleChoice ? "checkbox" : "radio", i.GetAttribute("type")));
            var labels = card.Dom.QuerySelectorAll("label").Select(l => RenderedCard.Flat(l.TextContent)).ToList();
            Assert.All(choices, c => Assert.Contains(c, labels));
            Assert.Equal(["Themamuur (begeleiders)", "Verstuur"], card.Buttons);
        }
        else
        {
            Assert.Empty(card.Dom.QuerySelectorAll("input, textarea, select"));
            Assert.Empty(card.Buttons);
            Assert.All(choices, c => Assert.Contains(c, card.TextBlocks));
        }
    }
}
