using Microsoft.Bot.Schema;

namespace SocialeBasisBot.Teams;

/// <summary>The language of the Teams client that sent an activity: its <c>locale</c>, else its clientInfo entity's.</summary>
public static class ClientLocale
{
    /// <summary>"en-US", "nl-NL", "en"… as the client sent it; null when the activity carries none (service events).</summary>
    public static string? Of(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!string.IsNullOrWhiteSpace(activity.Locale))
        {
            return activity.Locale;
        }

        return activity.Entities?
            .Where(e => string.Equals(e.Type, "clientInfo", StringComparison.OrdinalIgnoreCase))
            .Select(e => e.Properties?["locale"]?.ToString())
            .FirstOrDefault(l => !string.IsNullOrWhiteSpace(l));
    }
}
