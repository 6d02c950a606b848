using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using SocialeBasisBot.Sessions;
using SocialeBasisBot.Teams.Cards;

namespace SocialeBasisBot.Teams;

/// <summary>
/// Keeps the visible answer count on question cards up to date, at most every few seconds. Core decides which cards
/// are due and what they show (<see cref="AnswerCountRefresher"/>); this only renders and sends.
/// </summary>
public sealed partial class AnswerCountUpdater(
    AnswerCountRefresher refresher,
    ItemCards cards,
    IBotFrameworkHttpAdapter adapter,
    IOptions<BotIdentityOptions> identity,
    IOptions<TeamsOptions> options,
    TimeProvider time,
    ILogger<AnswerCountUpdater> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CountUpdateInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            foreach (var (sessionId, itemId) in refresher.TakeChanged())
            {
                try
                {
                    await refresher.RefreshAsync(sessionId, itemId, SendAsync, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // A failed refresh is cosmetic: the answers are stored. Try again with the next change.
                    LogUpdateFailed(ex, sessionId, itemId);
                }
            }
        }
    }

    private async Task SendAsync(CardRefresh refresh, CancellationToken ct)
    {
        var card = cards.Render(refresh.Programme, refresh.Item, refresh.Session.Id, refresh.Position, refresh.Total,
            refresh.AnswerCount, refresh.Open, refresh.Say);
        var reference = JsonConvert.DeserializeObject<ConversationReference>(refresh.ConversationReference)!;
        var update = ReplySender.CardActivity(card, refresh.Item.Title);
        update.Id = refresh.ActivityId;
        await ((BotAdapter)adapter).ContinueConversationAsync(
            identity.Value.MicrosoftAppId,
            reference,
            async (turn, token) => await turn.UpdateActivityAsync(update, token),
            ct);
        LogUpdated(refresh.Session.Id, refresh.Item.Id, refresh.AnswerCount);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Answer count on {SessionId}/{ItemId} card set to {Count}")]
    private partial void LogUpdated(string sessionId, string itemId, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not refresh the answer count on {SessionId}/{ItemId}")]
    private partial void LogUpdateFailed(Exception exception, string sessionId, string itemId);
}
