using SocialeBasisBot.Themes;

namespace SocialeBasisBot.Core.Tests.Summaries;

/// <summary>An engine whose answer a test writes out, to see how the summarizer treats odd engine output.</summary>
internal sealed class DelegateThemeEngine(Func<ThemeRequest, ThemeResult> find) : IThemeEngine
{
    public Task<ThemeResult> FindThemesAsync(ThemeRequest request, CancellationToken cancellationToken = default) =>
        Task.FromResult(find(request));
}
