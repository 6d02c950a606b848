using System.Security.Claims;

namespace SocialeBasisBot.Organisers;

/// <summary>The claims the page reads, by their names in an Entra token (inbound claim mapping is off).</summary>
public static class OrganiserClaims
{
    public const string ObjectId = "oid";
    public const string TenantId = "tid";

    /// <summary>The signed-in person, or null when the token lacks the object id or the tenant.</summary>
    public static Organiser? From(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var oid = user.FindFirst(ObjectId)?.Value;
        var tid = user.FindFirst(TenantId)?.Value;
        if (string.IsNullOrEmpty(oid) || string.IsNullOrEmpty(tid))
            return null;
        var upn = user.FindFirst("upn")?.Value ?? user.FindFirst("preferred_username")?.Value;
        return new Organiser(oid, tid, upn, [.. user.FindAll("groups").Select(c => c.Value)]);
    }
}
