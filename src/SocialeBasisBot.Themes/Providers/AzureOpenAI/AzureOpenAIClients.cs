using System.ClientModel;
using System.ClientModel.Primitives;
using System.Net;
using Azure;
using Azure.AI.OpenAI;

namespace SocialeBasisBot.Themes.Providers.AzureOpenAI;

/// <summary>
/// The Azure OpenAI SDK client on the typed HttpClient from AddThemes, and the translation of its errors into the
/// HttpRequestException the engine's offline fallbacks catch. The SDK's own retries are off: AddThemes' resilience
/// handler retries only what is transient (429 after its Retry-After, 5xx), once for both providers.
/// </summary>
public static class AzureOpenAIClients
{
    public static AzureOpenAIClient Create(HttpClient http, Uri endpoint, string apiKey, TimeSpan timeout) =>
        new(endpoint, new AzureKeyCredential(apiKey), new AzureOpenAIClientOptions
        {
            Transport = new HttpClientPipelineTransport(http),
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = timeout,
        });

    /// <summary>Runs an SDK call; a non-success answer becomes an HttpRequestException with its status code.</summary>
    public static async Task<T> CallAsync<T>(Func<Task<T>> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        try
        {
            return await call();
        }
        catch (ClientResultException e)
        {
            throw new HttpRequestException($"Azure OpenAI answered {e.Status} ({e.Message.Split('\n')[0]})", e, e.Status == 0 ? null : (HttpStatusCode)e.Status);
        }
    }
}
