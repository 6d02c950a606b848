using Microsoft.Extensions.Options;

namespace SocialeBasisBot.Sessions;

/// <summary>
/// Who may drive a session. In a Teams meeting's chat: the meeting's organizer, co-organizers and presenters (their
/// role comes with the <see cref="Participant"/>, looked up by the edge for this turn) plus the people listed in
/// configuration. Elsewhere: the person who started the session plus the listed people.
/// </summary>
public sealed class FacilitatorPolicy(IOptionsMonitor<FacilitatorOptions> options)
{
    public bool IsListed(Participant who)
    {
        var users = options.CurrentValue.Users;
        return users.Any(u => Matches(u, who));
    }

    /// <summary>
    /// In a meeting the role decides (a lead may start even when <see cref="FacilitatorOptions.AnyoneMayStart"/> is
    /// off: they are the meeting's facilitators); elsewhere anyone, unless configuration says only listed people.
    /// </summary>
    public bool MayStart(Participant who) => IsListed(who) || (who.Role == MeetingRole.NotInMeeting
        ? options.CurrentValue.AnyoneMayStart
        : who.Role.Leads());

    /// <summary>
    /// In a meeting the role of the moment decides, not who typed `start`: a presenter the organizer made an
    /// attendee stops driving at once. Elsewhere the starter drives.
    /// </summary>
    public bool MayDrive(Session session, Participant who) =>
        IsListed(who) || (who.Role == MeetingRole.NotInMeeting ? IsStarter(session, who) : who.Role.Leads());

    /// <summary>What someone hears who may not do what they asked: in a meeting a polite word addressed to them.</summary>
    public static BotReply Refusal(Participant who, Session? running, Phrases say)
    {
        if (who.Role != MeetingRole.NotInMeeting)
        {
            return new MentionReply(who, say.OnlyMeetingLeads);
        }

        return running is null ? new TextReply(say.NotAllowedToStart) : new TextReply(say.NotAllowed(running.StartedByName));
    }

    private static bool IsStarter(Session session, Participant who) =>
        string.Equals(session.StartedById, who.Id, StringComparison.OrdinalIgnoreCase)
        || (who.AadObjectId is not null && string.Equals(session.StartedById, who.AadObjectId, StringComparison.OrdinalIgnoreCase));

    private static bool Matches(string configured, Participant who) =>
        string.Equals(configured, who.Id, StringComparison.OrdinalIgnoreCase)
        || (who.AadObjectId is not null && string.Equals(configured, who.AadObjectId, StringComparison.OrdinalIgnoreCase));
}
