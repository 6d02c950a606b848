using Microsoft.Extensions.DependencyInjection;

namespace SocialeBasisBot.Answers;

public static class AnswersServiceCollectionExtensions
{
    /// <summary>What an answer may be: section "Answers", checked at start-up.</summary>
    public static IServiceCollection AddAnswers(this IServiceCollection services)
    {
        services.AddOptions<AnswerOptions>()
            .BindConfiguration(AnswerOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<AnswerLimits>();
        return services;
    }
}
