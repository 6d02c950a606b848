namespace SocialeBasisBot.Themes.Configuration;

/// <summary>How the number of emergent themes is chosen (setting Themes:ThemeCountSelection, case-insensitive).</summary>
public enum ThemeCountMethod
{
    /// <summary>The number with the best mean silhouette (default).</summary>
    Silhouette,

    /// <summary>The largest gap between consecutive eigenvalues (spectral clustering only).</summary>
    Eigengap,
}
