using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SocialeBasisBot.Themes.Tests.Support;

namespace SocialeBasisBot.Themes.Tests.Providers;

/// <summary>The Azure AI Language provider against a loopback server speaking the analyze-text wire format.</summary>
public sealed class AzureLanguageKeyPhraseTests
{
    private static Dictionary<string, string?> Settings(Uri endpoint) => new()
    {
        ["Themes:Embeddings"] = "None",
        ["Themes:ProviderRetryDelay"] = "00:00:00.010",
        ["Themes:AzureLanguage:Enabled"] = "true",
        ["Themes:AzureLanguage:Endpoint"] = endpoint.ToString(),
        ["Themes:AzureLanguage:ApiKey"] = "test-key",
    };

    // Answers the documented KeyPhraseExtraction result: one entry per document id, phrase = its first two words.
    private static string KeyPhraseResult(string requestBody)
    {
        using var request = JsonDocument.Parse(requestBody);
        var documents = request.RootElement.GetProperty("analysisInput").GetProperty("documents").EnumerateArray()
            .Select(d => new
            {
                id = d.GetProperty("id").GetString(),
                keyPhrases = new[] { string.Join(' ', d.GetProperty("text").GetString()!.Split(' ').Take(2)).ToLowerInvariant() },
                warnings = Array.Empty<object>(),
            }).ToList();
        return JsonSerializer.Serialize(new
        {
            kind = "KeyPhraseExtractionResults",
            results = new { documents, errors = Array.Empty<object>(), modelVersion = "2022-10-01" },
        });
    }

    private static readonly ThemeAnswer[] Answers = SharedData.Question("q3").Take(24).ToArray();

    [Fact]
    public async Task Key_phrases_come_from_the_service_after_a_429_with_Retry_After()
    {
        using var server = new LoopbackServer(r => r.Number == 1
            ? new LoopbackResponse(429, "{\"error\":{\"code\":\"429\"}}", new Dictionary<string, string> { ["Retry-After"] = "30" })
            : new LoopbackResponse(200, KeyPhraseResult(r.Body)));
        // The retry waits on this clock: the test checks it waits what the service asked and moves the clock on.
        var clock = new WatchedClock();
        await using var services = ThemesServices.Build(Settings(server.BaseAddress), clock);
        var engine = services.GetRequiredService<IThemeEngine>();

        var finding = engine.FindThemesAsync(new ThemeRequest { Answers = Answers });
        var wait = await clock.NextWaitAsync(TimeSpan.FromSeconds(30));
        clock.Advance(wait);
        var result = await finding.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(TimeSpan.FromSeconds(30), wait);

        Assert.Equal("azure-language", result.Settings.KeyPhrases);
        var requests = server.Requests.ToList();
        Assert.Equal(4, requests.Count); // one 429 retried, then 24 documents in batches of at most 10
        Assert.All(requests, r =>
        {
            Assert.Equal("POST", r.Method);
            Assert.Equal("/language/:analyze-text?api-version=2023-04-01", r.PathAndQuery);
            Assert.Equal("test-key", r.Headers["Ocp-Apim-Subscription-Key"]);
            using var body = JsonDocument.Parse(r.Body);
            Assert.Equal("KeyPhraseExtraction", body.RootElement.GetProperty("kind").GetString());
            var docs = body.RootElement.GetProperty("analysisInput").GetProperty("documents");
            Assert.InRange(docs.GetArrayLength(), 1, 10);
            Assert.All(docs.EnumerateArray(), d => Assert.Equal("nl", d.GetProperty("language").GetString()));
        });
        var served = Answers.Select(a => string.Join(' ', Themes.Text.ChatText.Clean(a.Text).Split(' ').Take(2)).ToLowerInvariant()).ToHashSet();
        Assert.All(result.Themes.SelectMany(t => t.Keywords), k => Assert.Contains(k, served));
    }

    [Fact]
    public async Task A_server_error_is_retried()
    {
        using var server = new LoopbackServer(r => r.Number <= 2 ? new LoopbackResponse(503) : new LoopbackResponse(200, KeyPhraseResult(r.Body)));
        await using var services = ThemesServices.Build(Settings(server.BaseAddress));
        var result = await services.GetRequiredService<IThemeEngine>().FindThemesAsync(new ThemeRequest { Answers = Answers });
        Assert.Equal("azure-language", result.Settings.KeyPhrases);
        Assert.Equal(5, server.Requests.Count);
    }

    [Fact]
    public async Task A_refused_key_is_not_retried_and_the_offline_keywords_are_used_with_a_note()
    {
        using var server = new LoopbackServer(_ => new LoopbackResponse(401, "{\"error\":{\"code\":\"401\",\"message\":\"Access denied\"}}"));
        await using var services = ThemesServices.Build(Settings(server.BaseAddress));
        var result = await services.GetRequiredService<IThemeEngine>().FindThemesAsync(new ThemeRequest { Answers = Answers });
        Assert.Single(server.Requests);
        Assert.Null(result.Settings.KeyPhrases);
        Assert.Contains(result.Settings.Notes, n => n.Contains("azure-language mislukt", StringComparison.Ordinal) && n.Contains("401", StringComparison.Ordinal));
        Assert.NotEmpty(result.Themes);
        Assert.All(result.Themes, t => Assert.NotEmpty(t.Keywords));
    }
}
