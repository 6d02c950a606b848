namespace SocialeBasisBot.Themes.Configuration;

/// <summary>Azure AI Language key phrase extraction, used for theme keywords; off by default.</summary>
public sealed class AzureLanguageOptions
{
    public bool Enabled { get; set; }
    public Uri? Endpoint { get; set; }
    public string? ApiKey { get; set; }
    public string Language { get; set; } = "nl";
    public string ApiVersion { get; set; } = "2023-04-01";

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);
}
