namespace SocialeBasisBot.Themes;

/// <summary>
/// Groups answers by theme. A test seam: the bot and the exports depend on this, the offline engine implements it,
/// and tests of summaries can hand in a fixed result.
/// </summary>
public interface IThemeEngine
{
    Task<ThemeResult> FindThemesAsync(ThemeRequest request, CancellationToken cancellationToken = default);
}
