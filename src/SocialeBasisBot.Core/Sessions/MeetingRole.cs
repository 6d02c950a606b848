namespace SocialeBasisBot.Sessions;

/// <summary>A person's role in the Teams meeting a chat belongs to, as far as Teams told the bot during this turn.</summary>
public enum MeetingRole
{
    /// <summary>The chat is no meeting chat (a group chat, channel or 1:1 chat): the chat rules apply.</summary>
    NotInMeeting,

    /// <summary>A meeting chat, but Teams could not say (no Entra id, the lookup failed): treated as an attendee.</summary>
    Unknown,

    Attendee,
    Presenter,
    Organizer,
    CoOrganizer,
}
