using System.Diagnostics;

namespace SocialeBasisBot.Themes;

/// <summary>Spans of the theme engine, in plain System.Diagnostics; the bot's host listens when its telemetry is on.</summary>
public static class ThemeTelemetry
{
    public const string Name = "SocialeBasisBot.Themes";

    public static readonly ActivitySource Source = new(Name);
}
