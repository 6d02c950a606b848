using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using SocialeBasisBot.Hosting;
using SocialeBasisBot.Tests.Infrastructure;

namespace SocialeBasisBot.Tests.Http;

/// <summary>
/// Export links and downloads over real HTTP: a client's forged X-Forwarded-Host never reaches a link, and the files
/// go out with headers that keep browsers and caches from doing more with them than showing or saving them.
/// </summary>
public sealed class EdgeProxyAndHeaderTests : LiveBotTest
{
    private readonly TeamsUser facilitator = new("29:facilitator", "Fenna Begeleider", "aad-facilitator");

    [Fact]
    public async Task A_forged_forwarded_host_from_a_client_that_is_not_a_known_proxy_does_not_reach_the_links()
    {
        // The proxy is elsewhere; this loopback client is just a client.
        await RestartAsync(extra: new Dictionary<string, string?> { ["Hosting:KnownProxies:0"] = "10.9.8.7" });

        var links = await ExportLinksAsync(forgedHost: "evil.example");

        Assert.NotEmpty(links);
        Assert.All(links, l => Assert.StartsWith($"http://{Host.BaseAddress.Authority}/exports/", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_a_public_base_url_the_links_use_it_whatever_the_request_says()
    {
        // Loopback stays a trusted proxy here (the default), and still the forged host goes nowhere.
        await RestartAsync(extra: new Dictionary<string, string?> { ["Exports:PublicBaseUrl"] = "https://bot.gemeente.example" });

        var links = await ExportLinksAsync(forgedHost: "evil.example");

        Assert.NotEmpty(links);
        Assert.All(links, l => Assert.StartsWith("https://bot.gemeente.example/exports/", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Downloads_are_sent_with_nosniff_no_store_and_the_report_with_a_content_security_policy()
    {
        var links = await ExportLinksAsync(forgedHost: null);
        using var client = Host.Client();

        foreach (var link in links)
        {
            using var response = await client.GetAsync(new Uri(link));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
            Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
            var isHtml = response.Content.Headers.ContentType?.MediaType == "text/html";
            Assert.Equal(isHtml, response.Headers.Contains("Content-Security-Policy"));
            if (isHtml)
            {
                Assert.Equal(ExportEndpoints.HtmlContentSecurityPolicy, Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
            }
        }

        Assert.Contains(links, l => l.Contains("samenvatting.html", StringComparison.Ordinal));
        using var tampered = await client.GetAsync(new Uri(links[0] + "x"));
        Assert.Equal(HttpStatusCode.Forbidden, tampered.StatusCode);
        Assert.Equal("nosniff", Assert.Single(tampered.Headers.GetValues("X-Content-Type-Options")));
        Assert.Contains("no-store", tampered.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Hosting:KnownProxies:0", "proxy.example", "Hosting:KnownProxies")]
    [InlineData("Hosting:KnownNetworks:0", "10.0.0.0", "Hosting:KnownNetworks")]
    [InlineData("Hosting:AllowedServiceUrlHosts:0", "https://smba.trafficmanager.net/", "Hosting:AllowedServiceUrlHosts")]
    [InlineData("Hosting:MaxMessageBytes", "10", "MaxMessageBytes")]
    [InlineData("Answers:MaxLength", "5", "MaxLength")]
    public async Task A_wrong_edge_setting_stops_start_up_and_names_the_setting(string key, string value, string named)
    {
        await using var host = new BotHost(DatabasePath + "-settings", new Dictionary<string, string?> { [key] = value });

        var error = Assert.ThrowsAny<Exception>(() => host.Client());

        Assert.Contains(named, error.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Starts a session and asks for an export, with X-Forwarded-Host/-Proto on every request when forged.</summary>
    private async Task<List<string>> ExportLinksAsync(string? forgedHost)
    {
        var chat = NewGroupChat();
        await PostAsync(chat.Mention(facilitator, "start"), forgedHost);
        await PostAsync(chat.Mention(facilitator, "export"), forgedHost);
        var card = (await Connector.WaitForTextAsync("Downloads"))?.Card ?? throw new InvalidOperationException("No export card came.");
        return card["actions"]!.AsArray().Select(a => a!["url"]!.GetValue<string>()).ToList();
    }

    private async Task PostAsync(JsonObject activity, string? forgedHost)
    {
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/messages", UriKind.Relative)) { Content = content };
        if (forgedHost is not null)
        {
            request.Headers.Add("X-Forwarded-Host", forgedHost);
            request.Headers.Add("X-Forwarded-Proto", "https");
        }

        using var response = await Host.Client().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
