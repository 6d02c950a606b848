using Microsoft.Extensions.Options;
using SocialeBasisBot.Sessions;

namespace SocialeBasisBot.Organisers;

/// <summary>
/// Which sessions someone on the sessions page may see: never another tenant's; in their own tenant every session
/// when they are listed under <see cref="OrganiserOptions"/> (by object id, sign-in name or group), otherwise the ones
/// they started. A session kept before tenants were stored is shown to its starter only.
/// </summary>
public sealed class OrganiserAccess(IOptions<OrganiserOptions> options)
{
    public bool SeesWholeTenant(Organiser who)
    {
        ArgumentNullException.ThrowIfNull(who);
        var listed = options.Value;
        return listed.Users.Any(u => string.Equals(u, who.ObjectId, StringComparison.OrdinalIgnoreCase)
                || (who.UserPrincipalName is { Length: > 0 } upn && string.Equals(u, upn, StringComparison.OrdinalIgnoreCase)))
            || listed.Groups.Any(g => who.Groups.Contains(g, StringComparer.OrdinalIgnoreCase));
    }

    public bool MaySee(Organiser who, Session session)
    {
        ArgumentNullException.ThrowIfNull(who);
        ArgumentNullException.ThrowIfNull(session);
        var started = string.Equals(session.StartedById, who.ObjectId, StringComparison.OrdinalIgnoreCase);
        return session.TenantId is null
            ? started
            : string.Equals(session.TenantId, who.TenantId, StringComparison.OrdinalIgnoreCase) && (started || SeesWholeTenant(who));
    }
}
