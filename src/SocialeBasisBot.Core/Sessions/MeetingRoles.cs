namespace SocialeBasisBot.Sessions;

/// <summary>Reads the role names Teams' Get participant API returns; what a role may do is <see cref="FacilitatorPolicy"/>'s.</summary>
public static class MeetingRoles
{
    /// <summary>
    /// Teams documents Organizer, Presenter and Attendee "for example", not as a closed list, and Graph spells the
    /// co-organizer "coorganizer": compared without case or hyphen, and anything else counts as an attendee.
    /// </summary>
    public static MeetingRole Parse(string? role) =>
        (role ?? "").Replace("-", "", StringComparison.Ordinal).Trim().ToLowerInvariant() switch
        {
            "organizer" => MeetingRole.Organizer,
            "coorganizer" => MeetingRole.CoOrganizer,
            "presenter" => MeetingRole.Presenter,
            _ => MeetingRole.Attendee,
        };

    /// <summary>The roles that lead a meeting and so may start and drive a session in its chat.</summary>
    public static bool Leads(this MeetingRole role) =>
        role is MeetingRole.Organizer or MeetingRole.CoOrganizer or MeetingRole.Presenter;
}
