using SocialeBasisBot.Answers;
using SocialeBasisBot.Corrections;
using SocialeBasisBot.Exports;
using SocialeBasisBot.Organisers;
using SocialeBasisBot.Hosting.Telemetry;
using SocialeBasisBot.Meetings;
using SocialeBasisBot.Privacy;
using SocialeBasisBot.Programme;
using SocialeBasisBot.Sessions;
using SocialeBasisBot.Storage;
using SocialeBasisBot.Teams;
using SocialeBasisBot.Themes;
using SocialeBasisBot.Wall;

namespace SocialeBasisBot.Hosting;

public static class BotServiceCollectionExtensions
{
    /// <summary>Every area of the bot, in the order a request meets them.</summary>
    public static IServiceCollection AddSocialeBasisBot(this IServiceCollection services, IConfiguration configuration) =>
        services
            .AddHostingEdge()
            .AddProgrammes()
            .AddStorage()
            .AddAnswers()
            .AddSessions()
            .AddCorrections()
            .AddPrivacy()
            .AddThemes(configuration)
            .AddExports()
            .AddWall()
            .AddMeetingNotices()
            .AddOrganiserPage()
            .AddTeamsBot()
            .AddTelemetry(configuration);
}
