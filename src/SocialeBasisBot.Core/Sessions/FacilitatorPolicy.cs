using Microsoft.Extensions.Options;

namespace SocialeBasisBot.Sessions;

/// <summary>Who may drive a session: the person who started it plus the people listed in configuration.</summary>
public sealed class FacilitatorPolicy(IOptionsMonitor<FacilitatorOptions> options)
{
    public bool IsListed(Participant who)
    {
        var users = options.CurrentValue.Users;
        return users.Any(u => Matches(u, who));
    }

    public bool MayStart(Participant who) => options.CurrentValue.AnyoneMayStart || IsListed(who);

    public bool MayDrive(Session session, Participant who) =>
        string.Equals(session.StartedById, who.Id, StringComparison.OrdinalIgnoreCase)
        || (who.AadObjectId is not null && string.Equals(session.StartedById, who.AadObjectId, StringComparison.OrdinalIgnoreCase))
        || IsListed(who);

    private static bool Matches(string configured, Participant who) =>
        string.Equals(configured, who.Id, StringComparison.OrdinalIgnoreCase)
        || (who.AadObjectId is not null && string.Equals(configured, who.AadObjectId, StringComparison.OrdinalIgnoreCase));
}
