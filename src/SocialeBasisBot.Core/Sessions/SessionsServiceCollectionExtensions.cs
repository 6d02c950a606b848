using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SocialeBasisBot.Sessions;

public static class SessionsServiceCollectionExtensions
{
    public static IServiceCollection AddSessions(this IServiceCollection services)
    {
        services.AddOptions<FacilitatorOptions>()
            .BindConfiguration(FacilitatorOptions.Section)
            .Validate(o => o.Users.All(u => !string.IsNullOrWhiteSpace(u)), "Facilitators:Users may not contain empty ids.")
            .ValidateOnStart();
        services.AddSingleton<FacilitatorPolicy>();
        services.AddSingleton<SessionSteps>();
        services.AddSingleton<SessionService>();
        services.AddSingleton<ConversationLocks>();
        services.AddSingleton<Answers.AnswerPreparation>();
        services.AddHostedService(sp => sp.GetRequiredService<Answers.AnswerPreparation>());
        // Summaries of stored sessions need storage, so they are registered with the sessions, not the summarizers.
        services.AddSingleton<Summaries.SessionReports>();
        services.AddSingleton<Exports.ExportDownloads>();
        services.AddSingleton<AnswerCountRefresher>();
        services.AddSingleton<QuestionTimer>();
        services.AddSingleton<PostedCards>();
        services.AddSingleton<Outgoing>();
        services.AddSingleton<ReplyMessages>();
        services.AddSingleton<AnswerCommits>();
        // The host replaces it with the address of the request being handled.
        services.TryAddSingleton<RequestAddress>();
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }
}
