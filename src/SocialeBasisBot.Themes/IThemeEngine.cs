namespace SocialeBasisBot.Themes;

/// <summary>
/// Groups answers by theme. A test seam: the bot and the exports depend on this, the offline engine implements it,
/// and tests of summaries can hand in a fixed result.
/// </summary>
public interface IThemeEngine
{
    Task<ThemeResult> FindThemesAsync(ThemeRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Does the expensive per-answer work (embedding) ahead of time, as answers arrive, so that closing a question
    /// with hundreds of answers only has to group them. Engines without such work do nothing.
    /// </summary>
    Task PrepareAsync(IEnumerable<string> texts, CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <summary>
    /// True when the per-answer work for this text is done (prepared, or themed before), so theming it costs no
    /// encoding: a live view that must stay cheap themes only such answers. Engines without such work: always true.
    /// </summary>
    bool IsPrepared(string text) => true;

    /// <summary>
    /// Loads what the first theming would otherwise load on its way (dictionaries, word lists), so the first summary
    /// after start-up is as quick as the next. The bot calls it once, in the background, at start-up.
    /// </summary>
    Task WarmUpAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;
}
