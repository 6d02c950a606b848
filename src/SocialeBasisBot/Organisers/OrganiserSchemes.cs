namespace SocialeBasisBot.Organisers;

/// <summary>The two ways onto the sessions page, as ASP.NET Core authentication schemes, and the policy that takes either.</summary>
public static class OrganiserSchemes
{
    /// <summary>A Teams SSO token (Entra ID) in the Authorization header.</summary>
    public const string Token = "OrganiserToken";

    /// <summary>The signed link from `mijn gegevens` (oid, tid, expires, sig in the query).</summary>
    public const string Link = "OrganiserLink";

    public const string Policy = "Organisers";
}
