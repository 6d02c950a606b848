using System.Text.Json.Nodes;
using SocialeBasisBot.Sessions;
using SocialeBasisBot.Teams.Cards;

namespace SocialeBasisBot.Teams.Meetings;

/// <summary>The cards the meeting's lifecycle posts (Teams/Cards/meeting-ready.json), loaded once.</summary>
public sealed class MeetingCards
{
    private readonly CardTemplate ready = CardTemplate.Load("meeting-ready");

    public JsonObject Ready(MeetingReady meeting)
    {
        var text = meeting.Say.MeetingReadyText(meeting.ProgrammeTitle);
        var others = meeting.Programmes.Count > 0 ? meeting.Say.OtherProgrammes(meeting.Programmes) : "";
        return ready.Render(new
        {
            title = meeting.Say.MeetingReadyTitle,
            text,
            others,
            fallback = $"{meeting.Say.MeetingReadyTitle}\n{text}\n{others}".TrimEnd(),
        });
    }
}
