using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using SocialeBasisBot.Sessions;

namespace SocialeBasisBot.Teams;

/// <summary>Reads what the product needs out of a Teams activity, so nothing past this folder sees Bot Framework types.</summary>
public static partial class ActivityReader
{
    /// <summary>
    /// The conversation a session lives in. In a channel every thread has its own id
    /// ("19:…@thread.skype;messageid=123"); all threads of the channel belong to the same session.
    /// </summary>
    public static string ConversationKey(IActivity activity)
    {
        var id = activity.Conversation?.Id ?? "";
        var suffix = id.IndexOf(";messageid=", StringComparison.OrdinalIgnoreCase);
        return suffix < 0 ? id : id[..suffix];
    }

    public static bool IsThreadReply(IActivity activity) =>
        activity.Conversation?.Id?.Contains(";messageid=", StringComparison.OrdinalIgnoreCase) == true;

    public static bool IsPersonal(IActivity activity) =>
        string.Equals(activity.Conversation?.ConversationType, "personal", StringComparison.OrdinalIgnoreCase);

    public static ConversationInfo Conversation(ITurnContext turn) => new(
        ConversationKey(turn.Activity),
        JsonConvert.SerializeObject(turn.Activity.GetConversationReference()),
        IsPersonal(turn.Activity),
        Kind(turn.Activity),
        TenantId(turn.Activity),
        string.IsNullOrWhiteSpace(turn.Activity.Conversation?.Name) ? null : turn.Activity.Conversation.Name[..Math.Min(256, turn.Activity.Conversation.Name.Length)]);

    /// <summary>channelData.tenant.id, or conversation.tenantId where Teams puts it too.</summary>
    public static string? TenantId(IActivity activity) =>
        activity.GetChannelData<Microsoft.Bot.Schema.Teams.TeamsChannelData>()?.Tenant?.Id is { Length: > 0 } tenant ? tenant
        : string.IsNullOrWhiteSpace(activity.Conversation?.TenantId) ? null : activity.Conversation.TenantId;

    /// <summary>A meeting's chat carries channelData.meeting (a channel meeting too); otherwise the conversation type.</summary>
    public static ChatKind Kind(IActivity activity) =>
        activity.GetChannelData<Microsoft.Bot.Schema.Teams.TeamsChannelData>()?.Meeting?.Id is { Length: > 0 } ? ChatKind.Meeting
        : IsPersonal(activity) ? ChatKind.Personal
        : string.Equals(activity.Conversation?.ConversationType, "channel", StringComparison.OrdinalIgnoreCase) ? ChatKind.Channel
        : ChatKind.GroupChat;

    /// <summary>True when <paramref name="member"/> is this bot (the recipient of the activity).</summary>
    public static bool IsBot(IActivity activity, ChannelAccount member) =>
        string.Equals(member.Id, activity.Recipient?.Id, StringComparison.OrdinalIgnoreCase);

    public static Participant Sender(IActivity activity) => new(
        activity.From?.Id ?? "unknown",
        string.IsNullOrWhiteSpace(activity.From?.Name) ? "?" : activity.From.Name,
        string.IsNullOrWhiteSpace(activity.From?.AadObjectId) ? null : activity.From.AadObjectId);

    /// <summary>Matched by id, not name: Teams shows the bot under the app's name, which differs from recipient.name.</summary>
    public static bool MentionsBot(Activity activity) =>
        activity.GetMentions().Any(m => string.Equals(m.Mentioned?.Id, activity.Recipient?.Id, StringComparison.OrdinalIgnoreCase));

    public static bool IsFromBot(IActivity activity) =>
        activity.From is not null && activity.Recipient is not null
        && (string.Equals(activity.From.Id, activity.Recipient.Id, StringComparison.OrdinalIgnoreCase)
            || string.Equals(activity.From.Role, RoleTypes.Bot, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The message a Teams quote-reply quotes, or null. Two shapes are read (testdata/teams-fixtures, README): the
    /// <c>quotedReply</c> entity (<c>quotedReply.messageId</c>) of Microsoft's newer Teams SDKs, and the
    /// <c>&lt;blockquote itemtype="http://schema.skype.com/Reply" itemid="…"&gt;</c> at the head of the message's
    /// text/html attachment, whose itemid is the quoted message's id.
    /// </summary>
    public static string? QuotedMessageId(Activity activity)
    {
        var entity = activity.Entities?.FirstOrDefault(e => string.Equals(e.Type, "quotedReply", StringComparison.OrdinalIgnoreCase));
        if (entity?.Properties?["quotedReply"]?["messageId"] is Newtonsoft.Json.Linq.JValue { Type: Newtonsoft.Json.Linq.JTokenType.String } id
            && ((string?)id) is { Length: > 0 } fromEntity)
        {
            return fromEntity;
        }

        return ReplyQuoteHtml(activity) is { } html && ItemId().Match(ReplyQuote().Match(html).Value) is { Success: true, Groups: var g } && g["id"].Value.Length > 0
            ? WebUtility.HtmlDecode(g["id"].Value)
            : null;
    }

    /// <summary>The message text without the bot's mention, HTML or surrounding white space.</summary>
    public static string CleanText(Activity activity)
    {
        // A quote-reply carries the quoted text as well (in the HTML, and in the text by some clients): what the
        // person wrote is the HTML without the quote.
        var text = ReplyQuoteHtml(activity) is { } html ? WithoutQuote(html) : activity.Text ?? "";
        foreach (var mention in activity.GetMentions())
        {
            if (string.Equals(mention.Mentioned?.Id, activity.Recipient?.Id, StringComparison.OrdinalIgnoreCase)
                && !string.IsNullOrEmpty(mention.Text))
            {
                text = text.Replace(mention.Text, " ", StringComparison.Ordinal);
            }
        }

        text = Tags().Replace(text, " ");
        text = WebUtility.HtmlDecode(text);
        return Spaces().Replace(text, " ").Trim();
    }

    private static string? ReplyQuoteHtml(Activity activity) => activity.Attachments?
        .Where(a => string.Equals(a.ContentType, "text/html", StringComparison.OrdinalIgnoreCase))
        .Select(a => a.Content as string ?? (a.Content as Newtonsoft.Json.Linq.JValue)?.Value as string)
        .FirstOrDefault(c => c is not null && ReplyQuote().IsMatch(c));

    /// <summary>The HTML without the quote block, its bot mention written as in the plain text so it is removed.</summary>
    private static string WithoutQuote(string html)
    {
        var start = ReplyQuote().Match(html).Index;
        // The quote ends at its own closing tag: count nested blockquotes (a quote of a quote-reply).
        var depth = 0;
        var end = html.Length;
        foreach (Match tag in BlockquoteTag().Matches(html, start))
        {
            depth += tag.Value.StartsWith("</", StringComparison.Ordinal) ? -1 : 1;
            if (depth == 0)
            {
                end = tag.Index + tag.Length;
                break;
            }
        }

        var rest = html[..start] + " " + html[end..];
        return MentionSpan().Replace(rest, m => $"<at>{m.Groups["name"].Value}</at>");
    }

    [GeneratedRegex(@"<blockquote\b[^>]*itemtype=""http://schema\.skype\.com/Reply""[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ReplyQuote();

    [GeneratedRegex(@"\bitemid=""(?<id>[^""]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex ItemId();

    [GeneratedRegex(@"</?blockquote\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockquoteTag();

    [GeneratedRegex(@"<span\b[^>]*itemtype=""http://schema\.skype\.com/Mention""[^>]*>(?<name>[^<]*)</span>", RegexOptions.IgnoreCase)]
    private static partial Regex MentionSpan();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"[ \t\u00A0]+")]
    private static partial Regex Spaces();
}
