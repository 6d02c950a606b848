using System.Text.Json;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using SocialeBasisBot.Meetings;
using SocialeBasisBot.Programme;
using SocialeBasisBot.Sessions;
using SocialeBasisBot.Storage;

namespace SocialeBasisBot.Teams.Meetings;

/// <summary>
/// Renders a question's in-meeting notification (<see cref="OutboxKind.MeetingNotice"/>): a chat message whose
/// channelData.notification has alertInMeeting and the bubble's externalResourceUrl,
/// <c>https://teams.microsoft.com/l/bubble/{appId}?url=…&amp;height=…&amp;width=…&amp;title=…&amp;completionBotId={appId}</c>
/// (Microsoft Learn, "Meeting apps APIs" › "Send an in-meeting notification"). Core decides whether it goes out.
/// </summary>
public sealed class MeetingNotifications(MeetingNotices notices, NoticeLinks links, IOptions<BotIdentityOptions> identity)
{
    /// <summary>The bubble's size in pixels: Teams shows 280–460 wide and a 300 high frame ("Designing apps in meetings").</summary>
    public const int Width = 400;
    public const int Height = 300;

    /// <summary>The message, or nothing when the meeting is not running, the question closed, or it was notified already.</summary>
    public async Task<IReadOnlyList<IActivity>> PartsAsync(OutboxMessage message, Session? session, WebinarProgramme? programme, CancellationToken ct)
    {
        if (session is null || programme?.FindItem(message.ItemId ?? "") is not { } item || !await notices.ClaimAsync(message, session, ct))
        {
            return [];
        }

        var request = JsonSerializer.Deserialize<NoticeRequest>(message.Text ?? "{}") ?? new NoticeRequest("");
        var say = NoticePhrases.For(programme.Language);
        var page = links.Create(request.BaseUrl, session.Id, item.Id, say.Lang).Url;
        var appId = identity.Value.MicrosoftAppId is { Length: > 0 } configured ? configured
            : BotAppId(message.ConversationReference ?? session.ConversationReference);
        var activity = MessageFactory.Text(say.ChatLine(item.Title));
        activity.Summary = say.BubbleTitle;
        activity.TeamsNotifyUser(alertInMeeting: true, externalResourceUrl: BubbleUrl(appId, page, say.BubbleTitle));
        return [activity];
    }

    public static string BubbleUrl(string appId, string pageUrl, string title) =>
        $"https://teams.microsoft.com/l/bubble/{Uri.EscapeDataString(appId)}?url={Uri.EscapeDataString(pageUrl)}" +
        $"&height={Height}&width={Width}&title={Uri.EscapeDataString(title)}&completionBotId={Uri.EscapeDataString(appId)}";

    /// <summary>Without a configured app id (local mode): the bot's Teams id, "28:" and the app id, from the chat's reference.</summary>
    private static string BotAppId(string? reference)
    {
        var bot = reference is null ? null : Newtonsoft.Json.JsonConvert.DeserializeObject<ConversationReference>(reference)?.Bot?.Id;
        return bot is null ? "" : bot.StartsWith("28:", StringComparison.Ordinal) ? bot[3..] : bot;
    }
}
