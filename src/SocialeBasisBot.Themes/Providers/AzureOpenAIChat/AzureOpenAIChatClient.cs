using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using SocialeBasisBot.Themes.Configuration;

namespace SocialeBasisBot.Themes.Providers.AzureOpenAIChat;

/// <summary>
/// Azure OpenAI chat completions over REST (<c>POST {endpoint}/openai/deployments/{deployment}/chat/completions</c>)
/// behind Microsoft.Extensions.AI's <see cref="IChatClient"/>, so any other chat model can take its place.
/// The Azure SDK is not needed for one request shape; retries (429 with Retry-After, 5xx) come from AddThemes.
/// </summary>
public sealed class AzureOpenAIChatClient(HttpClient http, IOptions<ThemesOptions> themesOptions) : IChatClient
{
    public const string ProviderName = "azure-openai-chat";
    private const string ApiVersion = "2024-10-21";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var settings = themesOptions.Value.AzureOpenAIChat;
        if (settings.Endpoint is null || string.IsNullOrEmpty(settings.Deployment) || string.IsNullOrEmpty(settings.ApiKey))
        {
            throw new InvalidOperationException("Themes:AzureOpenAIChat needs Endpoint, Deployment and ApiKey.");
        }

        var uri = new Uri(settings.Endpoint, $"openai/deployments/{Uri.EscapeDataString(settings.Deployment)}/chat/completions?api-version={ApiVersion}");
        var body = new
        {
            messages = messages.Select(m => new { role = m.Role.Value, content = m.Text }).ToList(),
            temperature = options?.Temperature ?? 0f,
            max_tokens = options?.MaxOutputTokens ?? 200,
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = JsonContent.Create(body, options: Json) };
        request.Headers.Add("api-key", settings.ApiKey);
        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"Azure OpenAI answered {(int)response.StatusCode} {response.ReasonPhrase}", null, response.StatusCode);
        }

        var completion = await response.Content.ReadFromJsonAsync<Completion>(Json, cancellationToken);
        var text = (completion?.Choices is { Count: > 0 } choices ? choices[0].Message?.Content : null)
            ?? throw new InvalidOperationException("Azure OpenAI returned no choice.");
        return new ChatResponse(new ChatMessage(ChatRole.Assistant, text)) { ModelId = completion?.Model };
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

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is not null ? null
        : serviceType == typeof(ChatClientMetadata) ? new ChatClientMetadata(ProviderName, themesOptions.Value.AzureOpenAIChat.Endpoint, themesOptions.Value.AzureOpenAIChat.Deployment)
        : serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
        // HttpClient belongs to IHttpClientFactory.
    }

    private sealed record Completion(IReadOnlyList<Choice>? Choices, string? Model);

    private sealed record Choice(CompletionMessage? Message);

    private sealed record CompletionMessage(string? Content);
}
