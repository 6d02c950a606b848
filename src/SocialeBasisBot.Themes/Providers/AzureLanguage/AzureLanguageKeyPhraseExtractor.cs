using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using SocialeBasisBot.Themes.Configuration;

namespace SocialeBasisBot.Themes.Providers.AzureLanguage;

/// <summary>
/// Key phrase extraction with the Azure AI Language REST API (<c>POST {endpoint}/language/:analyze-text</c>,
/// kind KeyPhraseExtraction), because the Azure.AI.TextAnalytics package is not served here. Retries (429 with
/// Retry-After, 5xx) come from the resilience handler registered in AddThemes.
/// </summary>
public sealed class AzureLanguageKeyPhraseExtractor(HttpClient http, IOptions<ThemesOptions> options) : IKeyPhraseExtractor
{
    // The synchronous analyze-text API takes at most 10 documents of 5120 characters per request.
    private const int DocumentsPerRequest = 10;
    private const int MaxDocumentLength = 5120;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Name => "azure-language";

    public async Task<IReadOnlyList<IReadOnlyList<string>>> ExtractAsync(IReadOnlyList<string> documents, CancellationToken cancellationToken)
    {
        var settings = options.Value.AzureLanguage;
        if (settings.Endpoint is null || string.IsNullOrEmpty(settings.ApiKey))
            throw new InvalidOperationException("Themes:AzureLanguage needs Endpoint and ApiKey.");
        var uri = new Uri(settings.Endpoint, $"language/:analyze-text?api-version={Uri.EscapeDataString(settings.ApiVersion)}");
        var result = new IReadOnlyList<string>[documents.Count];
        for (var start = 0; start < documents.Count; start += DocumentsPerRequest)
        {
            var batch = Enumerable.Range(start, Math.Min(DocumentsPerRequest, documents.Count - start))
                .Select(i => new Document(i.ToString(System.Globalization.CultureInfo.InvariantCulture), settings.Language,
                    documents[i].Length > MaxDocumentLength ? documents[i][..MaxDocumentLength] : documents[i]))
                .ToList();
            using var request = new HttpRequestMessage(HttpMethod.Post, uri)
            {
                Content = JsonContent.Create(new AnalyzeRequest("KeyPhraseExtraction", new Parameters("latest"), new AnalysisInput(batch)), options: Json),
            };
            request.Headers.Add("Ocp-Apim-Subscription-Key", settings.ApiKey);
            using var response = await http.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
                throw new HttpRequestException($"Azure AI Language answered {(int)response.StatusCode} {response.ReasonPhrase}", null, response.StatusCode);
            var body = await response.Content.ReadFromJsonAsync<AnalyzeResponse>(Json, cancellationToken)
                ?? throw new InvalidOperationException("Azure AI Language returned an empty body.");
            foreach (var doc in body.Results?.Documents ?? [])
                if (int.TryParse(doc.Id, System.Globalization.CultureInfo.InvariantCulture, out var index) && index >= 0 && index < result.Length)
                    result[index] = doc.KeyPhrases ?? [];
        }
        // Documents the service rejected (listed under "errors") simply have no key phrases.
        return result.Select(r => r ?? []).ToList();
    }

    private sealed record AnalyzeRequest(string Kind, Parameters Parameters, AnalysisInput AnalysisInput);

    private sealed record Parameters(string ModelVersion);

    private sealed record AnalysisInput(IReadOnlyList<Document> Documents);

    private sealed record Document(string Id, string Language, string Text);

    private sealed record AnalyzeResponse(string? Kind, ResultsBody? Results);

    private sealed record ResultsBody(IReadOnlyList<ResultDocument>? Documents);

    private sealed record ResultDocument(string Id, [property: JsonPropertyName("keyPhrases")] IReadOnlyList<string>? KeyPhrases);
}
