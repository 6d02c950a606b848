using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SocialeBasisBot.Sessions;

namespace SocialeBasisBot.Teams.Meetings;

/// <summary>A text message that @mentions one person: Teams needs the "&lt;at&gt;" text and a mention entity that match.</summary>
public static class Mentions
{
    public static Activity Message(MentionReply reply)
    {
        var at = $"<at>{System.Net.WebUtility.HtmlEncode(reply.Who.Name)}</at>";
        var activity = MessageFactory.Text($"{at}, {reply.Text}");
        activity.Entities = [new Mention(new ChannelAccount(reply.Who.Id, reply.Who.Name, aadObjectId: reply.Who.AadObjectId), at)];
        return activity;
    }
}
