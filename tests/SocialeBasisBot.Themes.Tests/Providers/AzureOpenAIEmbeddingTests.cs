using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SocialeBasisBot.Themes.Tests.Support;

namespace SocialeBasisBot.Themes.Tests.Providers;

/// <summary>The Azure OpenAI embeddings provider against a loopback server speaking the embeddings wire format.</summary>
public sealed class AzureOpenAIEmbeddingTests
{
    private static Dictionary<string, string?> Settings(Uri endpoint) => new()
    {
        ["Themes:Embeddings"] = "AzureOpenAI",
        ["Themes:ProviderRetryDelay"] = "00:00:00.010",
        ["Themes:AzureOpenAI:Endpoint"] = endpoint.ToString(),
        ["Themes:AzureOpenAI:Deployment"] = "emb-small",
        ["Themes:AzureOpenAI:ApiKey"] = "test-key",
    };

    // A stand-in model: an 8-d vector of letter counts, so similar wording gives similar vectors.
    private static string EmbeddingsResult(string requestBody)
    {
        using var request = JsonDocument.Parse(requestBody);
        var data = request.RootElement.GetProperty("input").EnumerateArray().Select((input, index) =>
        {
            var v = new float[8];
            foreach (var c in input.GetString()!.ToLowerInvariant().Where(char.IsLetter)) v[c % 8]++;
            return new { @object = "embedding", index, embedding = v };
        }).ToList();
        return JsonSerializer.Serialize(new { @object = "list", data, model = "text-embedding-3-small", usage = new { prompt_tokens = 1, total_tokens = 1 } });
    }

    [Fact]
    public async Task Dutch_answers_go_unglossed_to_the_deployment_and_its_vectors_are_used()
    {
        using var server = new LoopbackServer(r => new LoopbackResponse(200, EmbeddingsResult(r.Body)));
        await using var services = ThemesServices.Build(Settings(server.BaseAddress));
        var answers = SharedData.Question("q2");
        var result = await services.GetRequiredService<IThemeEngine>().FindThemesAsync(new ThemeRequest { Answers = answers });

        Assert.Equal("azure-openai + tfidf", result.Settings.Embeddings);
        var request = Assert.Single(server.Requests);
        // What the Azure OpenAI SDK (Azure.AI.OpenAI 2.1.0) sends: its default service version and the key header.
        Assert.Equal("/openai/deployments/emb-small/embeddings?api-version=2024-10-21", request.PathAndQuery);
        Assert.Equal("test-key", request.Headers["api-key"]);
        Assert.Equal("POST", request.Method);
        Assert.StartsWith("application/json", request.Headers["Content-Type"], StringComparison.Ordinal);
        Assert.Contains("azsdk-net-AI.OpenAI/", request.Headers["User-Agent"], StringComparison.Ordinal);
        using var body = JsonDocument.Parse(request.Body);
        var inputs = body.RootElement.GetProperty("input").EnumerateArray().Select(i => i.GetString()).ToList();
        Assert.Contains(inputs, i => i!.Contains("gemeente", StringComparison.Ordinal)); // Dutch, not glossed
    }

    [Fact]
    public async Task A_throttled_request_is_retried_after_its_Retry_After_and_a_client_error_is_not_retried()
    {
        using var throttled = new LoopbackServer(r => r.Number == 1
            ? new LoopbackResponse(429, "{\"error\":{\"code\":\"429\"}}", new Dictionary<string, string> { ["Retry-After"] = "0" })
            : new LoopbackResponse(200, EmbeddingsResult(r.Body)));
        await using (var services = ThemesServices.Build(Settings(throttled.BaseAddress)))
        {
            var result = await services.GetRequiredService<IThemeEngine>().FindThemesAsync(new ThemeRequest { Answers = SharedData.Question("q2") });
            Assert.Equal("azure-openai + tfidf", result.Settings.Embeddings);
        }
        Assert.Equal(2, throttled.Requests.Count);

        using var refused = new LoopbackServer(_ => new LoopbackResponse(400, "{\"error\":{\"code\":\"BadRequest\"}}"));
        await using (var services = ThemesServices.Build(Settings(refused.BaseAddress)))
        {
            var result = await services.GetRequiredService<IThemeEngine>().FindThemesAsync(new ThemeRequest { Answers = SharedData.Question("q2") });
            Assert.Equal("minilm (gloss) + tfidf", result.Settings.Embeddings);
            Assert.Contains(result.Settings.Notes, n => n.Contains("400", StringComparison.Ordinal));
        }
        Assert.Single(refused.Requests);
    }

    [Fact]
    public async Task When_the_deployment_keeps_failing_the_engine_falls_back_to_offline_MiniLM_and_says_so()
    {
        using var server = new LoopbackServer(_ => new LoopbackResponse(500, "{\"error\":{\"message\":\"boom\"}}"));
        await using var services = ThemesServices.Build(Settings(server.BaseAddress));
        var result = await services.GetRequiredService<IThemeEngine>().FindThemesAsync(new ThemeRequest { Answers = SharedData.Question("q3") });

        Assert.Equal(4, server.Requests.Count); // first try + 3 retries of a 5xx
        Assert.Equal("minilm (gloss) + tfidf", result.Settings.Embeddings);
        Assert.Contains(result.Settings.Notes, n => n.Contains("azure-openai mislukt", StringComparison.Ordinal) && n.Contains("teruggevallen op offline MiniLM", StringComparison.Ordinal));
        Assert.NotEmpty(result.Themes);
    }
}
