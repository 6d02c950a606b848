using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using SocialeBasisBot.Themes.Configuration;
using SocialeBasisBot.Themes.Providers.AzureOpenAI;

namespace SocialeBasisBot.Themes.Embeddings;

/// <summary>
/// Azure OpenAI embeddings through the Azure OpenAI SDK and Microsoft.Extensions.AI.OpenAI. A multilingual model
/// reads Dutch directly, so the engine skips the gloss for it. Retries and the timeout come from AddThemes.
/// </summary>
public sealed class AzureOpenAIEmbeddingGenerator(HttpClient http, IOptions<ThemesOptions> themesOptions) : IEmbeddingGenerator<string, Embedding<float>>
{
    public const string ProviderName = "azure-openai";
    private const int InputsPerRequest = 64;
    private readonly Lazy<IEmbeddingGenerator<string, Embedding<float>>> inner = new(() => Create(http, themesOptions.Value.AzureOpenAI));

    public async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var result = new GeneratedEmbeddings<Embedding<float>>();
        // Smaller requests than the service's limit: one slow or throttled request then costs less to retry.
        foreach (var chunk in values.Chunk(InputsPerRequest))
        {
            var generated = await AzureOpenAIClients.CallAsync(() => inner.Value.GenerateAsync(chunk, options, cancellationToken));
            if (generated.Count != chunk.Length) throw new InvalidOperationException($"Azure OpenAI returned {generated.Count} embeddings for {chunk.Length} inputs.");
            result.AddRange(generated);
        }
        return result;
    }

    private static IEmbeddingGenerator<string, Embedding<float>> Create(HttpClient http, AzureOpenAIEmbeddingOptions settings)
    {
        if (settings.Endpoint is null || string.IsNullOrEmpty(settings.Deployment) || string.IsNullOrEmpty(settings.ApiKey))
            throw new InvalidOperationException("Themes:AzureOpenAI needs Endpoint, Deployment and ApiKey.");
        return AzureOpenAIClients.Create(http, settings.Endpoint, settings.ApiKey, settings.Timeout)
            .GetEmbeddingClient(settings.Deployment)
            .AsIEmbeddingGenerator();
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is not null ? null
        : serviceType == typeof(EmbeddingGeneratorMetadata) ? new EmbeddingGeneratorMetadata(ProviderName, themesOptions.Value.AzureOpenAI.Endpoint, themesOptions.Value.AzureOpenAI.Deployment)
        : serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
        // The HttpClient belongs to IHttpClientFactory; the SDK client holds nothing else.
    }
}
