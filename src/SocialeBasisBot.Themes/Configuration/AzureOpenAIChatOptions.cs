namespace SocialeBasisBot.Themes.Configuration;

/// <summary>Section Themes:AzureOpenAIChat: a chat model that rewords emergent theme labels. Off by default.</summary>
public sealed class AzureOpenAIChatOptions
{
    public bool Enabled { get; set; }

    public Uri? Endpoint { get; set; }

    public string? Deployment { get; set; }

    public string? ApiKey { get; set; }

    /// <summary>How long one request may take before the offline labels are kept.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);
}
