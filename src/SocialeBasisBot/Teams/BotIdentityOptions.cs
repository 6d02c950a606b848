namespace SocialeBasisBot.Teams;

/// <summary>The bot's registration, from the root keys the Bot Framework SDK itself reads (<c>MicrosoftAppId</c>).</summary>
public sealed class BotIdentityOptions
{
    /// <summary>Empty in local anonymous mode.</summary>
    public string MicrosoftAppId { get; set; } = "";
}
