using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using SocialeBasisBot.Themes.Configuration;

namespace SocialeBasisBot.Themes.Embeddings;

/// <summary>
/// Azure OpenAI embeddings over REST (<c>POST {endpoint}/openai/deployments/{deployment}/embeddings</c>). A
/// multilingual model reads Dutch directly, so the engine skips the gloss for it. Retries come from AddThemes.
/// </summary>
public sealed class AzureOpenAIEmbeddingGenerator(HttpClient http, IOptions<ThemesOptions> themesOptions) : IEmbeddingGenerator<string, Embedding<float>>
{
    public const string ProviderName = "azure-openai";
    private const string ApiVersion = "2024-02-01";
    private const int InputsPerRequest = 64;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var settings = themesOptions.Value.AzureOpenAI;
        if (settings.Endpoint is null || string.IsNullOrEmpty(settings.Deployment) || string.IsNullOrEmpty(settings.ApiKey))
            throw new InvalidOperationException("Themes:AzureOpenAI needs Endpoint, Deployment and ApiKey.");
        var uri = new Uri(settings.Endpoint, $"openai/deployments/{Uri.EscapeDataString(settings.Deployment)}/embeddings?api-version={ApiVersion}");
        var inputs = values.ToList();
        var result = new GeneratedEmbeddings<Embedding<float>>();
        foreach (var chunk in inputs.Chunk(InputsPerRequest))
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = JsonContent.Create(new { input = chunk }, options: Json) };
            request.Headers.Add("api-key", settings.ApiKey);
            using var response = await http.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
                throw new HttpRequestException($"Azure OpenAI answered {(int)response.StatusCode} {response.ReasonPhrase}", null, response.StatusCode);
            var body = await response.Content.ReadFromJsonAsync<EmbeddingsResponse>(Json, cancellationToken);
            var data = body?.Data ?? throw new InvalidOperationException("Azure OpenAI returned no data.");
            if (data.Count != chunk.Length) throw new InvalidOperationException($"Azure OpenAI returned {data.Count} embeddings for {chunk.Length} inputs.");
            foreach (var item in data.OrderBy(d => d.Index))
                result.Add(new Embedding<float>(item.Embedding) { ModelId = body.Model });
        }
        return result;
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is not null ? null
        : serviceType == typeof(EmbeddingGeneratorMetadata) ? new EmbeddingGeneratorMetadata(ProviderName, themesOptions.Value.AzureOpenAI.Endpoint, themesOptions.Value.AzureOpenAI.Deployment)
        : serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
        // HttpClient belongs to IHttpClientFactory.
    }

    private sealed record EmbeddingsResponse(IReadOnlyList<EmbeddingItem>? Data, string? Model);

    private sealed record EmbeddingItem(int Index, float[] Embedding);
}
