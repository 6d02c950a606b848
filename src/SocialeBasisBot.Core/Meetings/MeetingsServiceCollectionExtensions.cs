using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SocialeBasisBot.Meetings;

public static class MeetingsServiceCollectionExtensions
{
    /// <summary>Whether a chat's meeting runs, and the in-meeting notification of a question (builds on AddStorage, AddExports).</summary>
    public static IServiceCollection AddMeetingNotices(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<MeetingNotices>();
        services.TryAddSingleton<NoticeLinks>();
        return services;
    }
}
