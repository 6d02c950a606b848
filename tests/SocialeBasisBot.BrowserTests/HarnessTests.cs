using System.Text.Json.Nodes;
using SocialeBasisBot.BrowserTests.Infrastructure;

namespace SocialeBasisBot.BrowserTests;

/// <summary>The checks of the other tests can fail: the renderer does turn raw Markdown into markup, and the page
/// guard does catch a request that leaves the machine.</summary>
[Collection(SharedBrowser.Name)]
public sealed class HarnessTests(Browser browser)
{
    [Fact]
    public async Task Raw_markdown_from_a_participant_would_become_bold_and_a_link()
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["version"] = "1.5",
            ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = "**vet** [klik](http://evil.example)", ["wrap"] = true }),
        };
        var page = await browser.CardsAsync();

        var rendered = await page.RenderAsync(card, "harness-raw-markdown");
        await page.EventsAsync();

        Assert.Equal(2, rendered.MarkupFromText.Count);
        Assert.Equal("vet klik", rendered.Text);
    }

    [Fact]
    public async Task A_page_that_reaches_for_the_network_is_caught()
    {
        var path = Path.Combine(ScreenshotFolder.Path, "..", "harness-network.html");
        await File.WriteAllTextAsync(path, """<!DOCTYPE html><html><body><img src="http://evil.example/pixel.png"></body></html>""");
        await using var page = await browser.OpenAsync(path, 400);

        var events = await page.EventsAsync();

        Assert.Equal(["http://evil.example/pixel.png"], events.Blocked);
    }

    [Fact]
    public void Missing_pieces_are_named_with_the_command_that_installs_them()
    {
        var installation = new BrowserInstallation("/nonexistent/chromium", "/nonexistent/node", Path.Combine(Path.GetTempPath(), "no-browser-package"));

        var error = Assert.Throws<InvalidOperationException>(installation.EnsureInstalled);

        Assert.Contains("Chromium is not installed (/nonexistent/chromium is missing).", error.Message, StringComparison.Ordinal);
        Assert.Contains("playwright-core is missing", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("Run scripts/install-browser (installs Debian's chromium and runs npm ci in tests/browser).", error.Message, StringComparison.Ordinal);
        Assert.Empty(BrowserInstallation.Default.Problems());
    }
}
