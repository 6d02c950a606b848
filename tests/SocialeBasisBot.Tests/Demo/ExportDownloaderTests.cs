using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SocialeBasisBot.Demo;

namespace SocialeBasisBot.Tests.Demo;

/// <summary>Finding the bot's download links in what it posted, and fetching them over real HTTP.</summary>
public sealed class ExportDownloaderTests : IAsyncLifetime
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"sbb-downloads-{Guid.NewGuid():N}");
    private WebApplication server = null!;
    private Uri bot = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        server = builder.Build();
        // Like the bot's route: the file only with a signature, else 403 and no data.
        server.MapGet("/exports/{session}/{file}", (string session, string file, HttpRequest request) =>
            request.Query["sig"] == "ok"
                ? Results.Bytes(Encoding.UTF8.GetBytes($"{session}:{file}"), "text/plain")
                : Results.StatusCode(StatusCodes.Status403Forbidden));
        await server.StartAsync();
        bot = new Uri(server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
    }

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Links_are_found_in_text_card_texts_and_buttons_once_each_and_in_order()
    {
        var text = Post("Downloads (24 uur geldig):\n- [antwoorden.csv](https://bot.example.nl/exports/s1/antwoorden.csv?expires=1&sig=ok)\n- zie ook https://movisie.nl/sociale-basis.");
        var card = Post("", new JsonObject
        {
            ["contentType"] = "application/vnd.microsoft.card.adaptive",
            ["content"] = new JsonObject
            {
                ["type"] = "AdaptiveCard",
                ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = "Samenvatting: /exports/s1/samenvatting.md?expires=1&sig=ok." }),
                ["actions"] = new JsonArray(
                    new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = "HTML", ["url"] = "/exports/s1/samenvatting.html?expires=1&sig=ok" },
                    new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = "CSV", ["url"] = "https://bot.example.nl/exports/s1/antwoorden.csv?expires=1&sig=ok" }),
            },
        });

        var links = ExportDownloader.FindLinks([text, card]);

        Assert.Equal(
        [
            "https://bot.example.nl/exports/s1/antwoorden.csv?expires=1&sig=ok",
            "/exports/s1/samenvatting.md?expires=1&sig=ok",
            "/exports/s1/samenvatting.html?expires=1&sig=ok",
        ], links);
    }

    [Fact]
    public async Task Relative_and_public_links_are_fetched_from_the_local_bot_into_the_folder()
    {
        using var http = new HttpClient();
        var links = new[] { "/exports/s1/antwoorden.csv?sig=ok", "https://bot.example.nl/exports/s1/samenvatting.md?sig=ok" };

        var files = await ExportDownloader.DownloadAsync(http, bot, links, folder, CancellationToken.None);

        Assert.Equal(["antwoorden.csv", "samenvatting.md"], files.Select(f => f.Name));
        Assert.Equal("s1:antwoorden.csv", await File.ReadAllTextAsync(Path.Combine(folder, "antwoorden.csv")));
        Assert.Equal("s1:samenvatting.md", await File.ReadAllTextAsync(Path.Combine(folder, "samenvatting.md")));
    }

    [Fact]
    public async Task A_name_from_the_link_cannot_leave_the_folder()
    {
        using var http = new HttpClient();

        var files = await ExportDownloader.DownloadAsync(http, bot, ["/exports/s1/..%2F..%2Fgestolen.txt?sig=ok"], folder, CancellationToken.None);

        var file = Assert.Single(files);
        Assert.Equal(folder, Path.GetDirectoryName(file.Path));
        Assert.False(File.Exists(Path.Combine(folder, "..", "..", "gestolen.txt")));
    }

    [Fact]
    public async Task A_refused_link_fails_loudly_instead_of_writing_a_file()
    {
        using var http = new HttpClient();

        var error = await Assert.ThrowsAsync<HttpRequestException>(() =>
            ExportDownloader.DownloadAsync(http, bot, ["/exports/s1/antwoorden.csv?sig=vervalst"], folder, CancellationToken.None));

        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
        Assert.Empty(Directory.GetFiles(folder));
    }

    private static ConnectorCall Post(string text, JsonObject? attachment = null)
    {
        var body = new JsonObject { ["type"] = "message", ["text"] = text };
        if (attachment is not null)
        {
            body["attachments"] = new JsonArray(attachment);
        }

        return new ConnectorCall("POST", "19:x@thread.v2", "", "1:1", body);
    }
}
