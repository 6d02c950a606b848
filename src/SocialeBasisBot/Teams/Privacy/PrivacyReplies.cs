using Microsoft.Bot.Builder;
using SocialeBasisBot.Privacy;

namespace SocialeBasisBot.Teams.Privacy;

/// <summary>Sends what the data-rights commands return: the confirm card, and "my data" with its signed download link.</summary>
public sealed class PrivacyReplies(PrivacyService privacy, PrivacyCards cards, IHttpContextAccessor http)
{
    public async Task SendAsync(ITurnContext turn, Sessions.BotReply reply, CancellationToken ct)
    {
        switch (reply)
        {
            case ConfirmReply confirm:
                await turn.SendActivityAsync(ReplySender.CardActivity(cards.Confirm(confirm), confirm.Text), ct);
                break;
            case MyDataReply data:
                var requestBaseUrl = http.HttpContext is { } context ? $"{context.Request.Scheme}://{context.Request.Host}" : "";
                await turn.SendActivityAsync(MessageFactory.Text(privacy.MyDataText(data, requestBaseUrl)), ct);
                break;
            default:
                throw new InvalidOperationException($"No Teams rendering for {reply.GetType().Name}.");
        }
    }
}
