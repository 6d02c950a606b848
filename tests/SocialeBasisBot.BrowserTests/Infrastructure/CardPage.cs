using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;

namespace SocialeBasisBot.BrowserTests.Infrastructure;

/// <summary>
/// tests/browser/card.html in Chromium: the official Adaptive Cards renderer with the Microsoft Teams light host
/// config and stylesheet from the official designer, in a frame as wide as a Teams chat column.
/// </summary>
public sealed class CardPage
{
    /// <summary>A Teams desktop chat column; the card itself gets this minus the frame's padding.</summary>
    public const int Width = 640;

    /// <summary>A phone held upright (Teams mobile).</summary>
    public const int PhoneWidth = 360;

    private static readonly string TeamsHostConfig = File.ReadAllText(Path.Combine(
        RepositoryPaths.BrowserPackage, "node_modules", "adaptivecards-designer", "lib", "hostConfigs", "microsoft-teams-light.json"));

    private readonly BrowserPage page;
    private int width = Width;

    private CardPage(BrowserPage page) => this.page = page;

    internal static async Task<CardPage> OpenAsync(Browser browser) =>
        new(await browser.OpenAsync(Path.Combine(RepositoryPaths.BrowserPackage, "card.html"), Width));

    /// <summary>Renders the card, takes a screenshot of it and returns what Chromium shows.</summary>
    public async Task<RenderedCard> RenderAsync(JsonObject card, string screenshotName, int viewportWidth = Width)
    {
        if (viewportWidth != width)
        {
            await page.SetWidthAsync(viewportWidth);
            width = viewportWidth;
        }

        var result = (await page.EvalAsync($"renderCard({card.ToJsonString()}, {TeamsHostConfig})"))!.AsObject();
        var screenshot = await page.ScreenshotAsync(screenshotName, "#frame");
        var html = result["html"]!.GetValue<string>();
        return new RenderedCard
        {
            Rendered = result["rendered"]!.GetValue<bool>(),
            Errors = result["parseErrors"]!.AsArray().Concat(result["validationErrors"]!.AsArray()).Select(e => e!.GetValue<string>()).ToList(),
            Dom = new HtmlParser().ParseDocument("<!DOCTYPE html><body>" + html + "</body>"),
            VisibleText = result["text"]!.GetValue<string>(),
            Clipped = result["clipped"]!.AsArray().Select(e => e!.GetValue<string>()).ToList(),
            RowLefts = result["rowLefts"]!.AsArray().Select(r => (IReadOnlyList<int>)r!.AsArray().Select(x => x!.GetValue<int>()).ToList()).ToList(),
            Width = result["width"]!.GetValue<double>(),
            Height = result["height"]!.GetValue<double>(),
            Screenshot = screenshot,
        };
    }

    /// <summary>Types into the card's text box (if given), clicks the button with this title and returns what the card sends.</summary>
    public async Task<JsonObject> ClickAsync(string buttonTitle, string? typed = null)
    {
        var typedJson = typed is null ? "undefined" : JsonValue.Create(typed)!.ToJsonString();
        var title = JsonValue.Create(buttonTitle)!.ToJsonString();
        return (await page.EvalAsync($"clickAction({title}, {typedJson})"))!.AsObject();
    }

    /// <summary>What happened on the page since the last call (the page is shared by all card tests).</summary>
    public Task<PageEvents> EventsAsync() => page.EventsAsync(clear: true);
}
