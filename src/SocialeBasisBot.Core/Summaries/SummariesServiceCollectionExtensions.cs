using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SocialeBasisBot.Summaries;

public static class SummariesServiceCollectionExtensions
{
    /// <summary>The summarizers. The caller registers an <see cref="Themes.IThemeEngine"/> (the theme engine's AddXxx).</summary>
    public static IServiceCollection AddSummaries(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        // Transient: the engine's lifetime is the theme engine's business, and a summarizer holds no state.
        services.TryAddTransient<QuestionSummarizer>();
        services.TryAddTransient<SessionSummarizer>();
        return services;
    }
}
