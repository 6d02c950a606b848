using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using SocialeBasisBot.Themes.Configuration;
using SocialeBasisBot.Themes.Providers.AzureOpenAI;

namespace SocialeBasisBot.Themes.Providers.AzureOpenAIChat;

/// <summary>
/// Azure OpenAI chat completions through the Azure OpenAI SDK and Microsoft.Extensions.AI.OpenAI, behind
/// <see cref="IChatClient"/> so any other chat model can take its place. Retries (429 with Retry-After, 5xx) and
/// the timeout come from AddThemes.
/// </summary>
public sealed class AzureOpenAIChatClient(HttpClient http, IOptions<ThemesOptions> themesOptions) : IChatClient
{
    public const string ProviderName = "azure-openai-chat";
    private readonly Lazy<IChatClient> inner = new(() => Create(http, themesOptions.Value.AzureOpenAIChat));

    public Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var settings = options?.Clone() ?? new ChatOptions();
        settings.Temperature ??= 0f;
        settings.MaxOutputTokens ??= 200;
        return AzureOpenAIClients.CallAsync(() => inner.Value.GetResponseAsync(messages, settings, cancellationToken));
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // Labels are short: one non-streamed answer, handed out as updates for callers that stream.
        var response = await GetResponseAsync(messages, options, cancellationToken);
        foreach (var update in response.ToChatResponseUpdates())
        {
            yield return update;
        }
    }

    private static IChatClient Create(HttpClient http, AzureOpenAIChatOptions settings)
    {
        if (settings.Endpoint is null || string.IsNullOrEmpty(settings.Deployment) || string.IsNullOrEmpty(settings.ApiKey))
        {
            throw new InvalidOperationException("Themes:AzureOpenAIChat needs Endpoint, Deployment and ApiKey.");
        }

        return AzureOpenAIClients.Create(http, settings.Endpoint, settings.ApiKey, settings.Timeout)
            .GetChatClient(settings.Deployment)
            .AsIChatClient();
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is not null ? null
        : serviceType == typeof(ChatClientMetadata) ? new ChatClientMetadata(ProviderName, themesOptions.Value.AzureOpenAIChat.Endpoint, themesOptions.Value.AzureOpenAIChat.Deployment)
        : serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
        // The HttpClient belongs to IHttpClientFactory; the SDK client holds nothing else.
    }
}
