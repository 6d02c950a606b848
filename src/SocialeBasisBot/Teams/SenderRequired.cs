using Microsoft.Bot.Builder;

namespace SocialeBasisBot.Teams;

/// <summary>
/// Ignores an activity without a sender (after authentication, so the request still gets 200): Teams always says who
/// spoke, and an answer without a participant would land under one shared "unknown" person.
/// </summary>
public sealed partial class SenderRequired(ILogger logger) : Microsoft.Bot.Builder.IMiddleware
{
    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        if (string.IsNullOrWhiteSpace(turnContext.Activity.From?.Id))
        {
            LogIgnored(turnContext.Activity.Type, turnContext.Activity.Conversation?.Id);
            return Task.CompletedTask;
        }

        return next(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ignored a {ActivityType} without a sender (from.id) in {ConversationId}")]
    private partial void LogIgnored(string activityType, string? conversationId);
}
