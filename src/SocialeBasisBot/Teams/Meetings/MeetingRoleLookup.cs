using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema.Teams;
using Microsoft.Rest;
using SocialeBasisBot.Sessions;

namespace SocialeBasisBot.Teams.Meetings;

/// <summary>
/// Asks Teams which role the sender has in the meeting the chat belongs to (Get participant,
/// GET v1/meetings/{meetingId}/participants/{aadObjectId}?tenantId=…). Only asks; <see cref="FacilitatorPolicy"/>
/// decides what the role may do. Not cached: Microsoft says roles must not be, as the organizer can change them at any
/// moment, and it is asked only for commands, never for the many plain answers. The answer is also handed to
/// <see cref="Corrections.MeetingLeaders"/>, which only names leaders in a corrected card's refresh.
/// </summary>
public sealed partial class MeetingRoleLookup(Corrections.MeetingLeaders leaders, ILogger<MeetingRoleLookup> logger)
{
    public async Task<Participant> WithRoleAsync(ITurnContext turn, Participant who, CancellationToken ct)
    {
        // The meeting id is channelData.meeting.id, never the conversation id or the id in a meeting event's value.
        var channelData = turn.Activity.GetChannelData<TeamsChannelData>();
        var meetingId = channelData?.Meeting?.Id;
        if (string.IsNullOrEmpty(meetingId))
        {
            return who;
        }

        var tenantId = channelData?.Tenant?.Id ?? turn.Activity.Conversation?.TenantId;
        if (who.AadObjectId is null || string.IsNullOrEmpty(tenantId))
        {
            // Anonymous and external guests have no Entra id to ask about; they are no meeting's organizer.
            return who with { Role = MeetingRole.Unknown };
        }

        try
        {
            var participant = await TeamsInfo.GetMeetingParticipantAsync(turn, meetingId, who.AadObjectId, tenantId, ct);
            var checkedWho = who with { Role = MeetingRoles.Parse(participant?.Meeting?.Role) };
            // Only to name them in a corrected card's refresh; what they may do is asked again at their next action.
            leaders.Seen(turn.Activity.Conversation?.Id ?? "", checkedWho);
            return checkedWho;
        }
        catch (Exception e) when (e is HttpOperationException or ThrottleException or InvalidOperationException or HttpRequestException or TaskCanceledException)
        {
            // 403 (app not installed or blocked), 404 (meeting expired), throttled after the connector's retries:
            // the person is treated as an attendee; configured facilitators (Facilitators:Users) still may.
            LogLookupFailed(e.GetType().Name, e.Message, turn.Activity.Conversation?.Id);
            return who with { Role = MeetingRole.Unknown };
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not get the sender's meeting role ({Error}: {Message}) in {ConversationId}; treated as an attendee")]
    private partial void LogLookupFailed(string error, string message, string? conversationId);
}
