using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using SocialeBasisBot.Sessions;
using SocialeBasisBot.Storage;
using SocialeBasisBot.Teams.Cards;

namespace SocialeBasisBot.Teams;

/// <summary>Keeps the visible answer count on open question cards up to date, at most every few seconds.</summary>
public sealed partial class AnswerCountUpdater(
    AnswerCountUpdates updates,
    SessionStore store,
    SessionService sessions,
    ConversationLocks locks,
    ItemCards cards,
    IBotFrameworkHttpAdapter adapter,
    IConfiguration configuration,
    IOptions<TeamsOptions> options,
    TimeProvider time,
    ILogger<AnswerCountUpdater> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CountUpdateInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            foreach (var (sessionId, itemId) in updates.TakeAll())
            {
                try
                {
                    await UpdateAsync(sessionId, itemId, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // A failed refresh is cosmetic: the answers are stored. Try again with the next change.
                    LogUpdateFailed(ex, sessionId, itemId);
                }
            }
        }
    }

    private async Task UpdateAsync(string sessionId, string itemId, CancellationToken ct)
    {
        var conversationId = (await store.FindSessionAsync(sessionId, ct))?.ConversationId;
        if (conversationId is null)
        {
            return;
        }

        // Under the conversation's lock, so `sluit` cannot close the question between reading "open" here and this
        // update reaching Teams: a late refresh would otherwise put the answer box back on a closed card.
        using var turn = await locks.EnterAsync(conversationId, ct);
        var session = await store.FindSessionAsync(sessionId, ct);
        var posted = await store.FindPostedCardAsync(sessionId, itemId, ct);
        if (session?.ConversationReference is null || posted is null)
        {
            return;
        }

        var count = await store.CountAnswersAsync(sessionId, itemId, ct);
        if (count == posted.ShownCount)
        {
            return;
        }

        var programme = sessions.RequireProgramme(session);
        var item = programme.FindItem(itemId);
        if (item is null)
        {
            return;
        }

        var open = session.OpenItemId == itemId;
        var card = cards.Render(programme, item, sessionId, programme.PositionOf(item), programme.Items.Count, count, open, Phrases.For(programme.Language));
        var reference = JsonConvert.DeserializeObject<ConversationReference>(session.ConversationReference)!;
        var update = ReplySender.CardActivity(card, item.Title);
        update.Id = posted.ActivityId;
        await ((BotAdapter)adapter).ContinueConversationAsync(
            configuration["MicrosoftAppId"] ?? "",
            reference,
            async (turn, token) => await turn.UpdateActivityAsync(update, token),
            ct);
        await store.SetShownCountAsync(sessionId, itemId, count, ct);
        LogUpdated(sessionId, itemId, count);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Answer count on {SessionId}/{ItemId} card set to {Count}")]
    private partial void LogUpdated(string sessionId, string itemId, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not refresh the answer count on {SessionId}/{ItemId}")]
    private partial void LogUpdateFailed(Exception exception, string sessionId, string itemId);
}
