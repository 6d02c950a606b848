using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Builder.TraceExtensions;
using Microsoft.Bot.Connector.Authentication;
using SocialeBasisBot.Sessions;

namespace SocialeBasisBot.Teams;

/// <summary>The CloudAdapter with an error handler that tells the chat something went wrong instead of going silent.</summary>
public sealed partial class TeamsAdapter : CloudAdapter
{
    public TeamsAdapter(BotFrameworkAuthentication auth, ILogger<TeamsAdapter> logger)
        : base(auth, logger)
    {
        Use(new SenderRequired(logger));
        OnTurnError = async (turnContext, exception) =>
        {
            LogTurnError(logger, exception, turnContext.Activity.Type, turnContext.Activity.Conversation?.Id);
            // Only where the person spoke to the bot: a failure on a plain chat message in a room of 150 must not
            // become 150 error messages.
            var activity = turnContext.Activity as Microsoft.Bot.Schema.Activity;
            if (activity is not null && (ActivityReader.IsPersonal(activity) || activity.Type != "message" || ActivityReader.MentionsBot(activity)))
            {
                await turnContext.SendActivityAsync(Phrases.Dutch.SomethingWentWrong);
            }

            await turnContext.TraceActivityAsync("OnTurnError", exception.ToString(), "https://www.botframework.com/schemas/error", "TurnError");
            // A turn the database failed stored nothing (an answer's batch is given up, say after repeated deadlocks):
            // it must not be acknowledged with 200 as if it were kept. MapTeamsBot answers 503 instead.
            if (Storage.StorageOutage.Is(exception))
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(exception);
            }
        };
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn failed for {ActivityType} in {ConversationId}")]
    private static partial void LogTurnError(ILogger logger, Exception exception, string activityType, string? conversationId);
}
