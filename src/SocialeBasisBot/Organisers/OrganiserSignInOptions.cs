using System.ComponentModel.DataAnnotations;

namespace SocialeBasisBot.Organisers;

/// <summary>
/// Section "Organisers:SignIn": how the sessions page checks a Teams SSO token. The signing keys and the issuer come
/// from the authority's OpenID metadata (<c>{Authority}/.well-known/openid-configuration</c>). Without an authority
/// no token is accepted and only the signed link from `mijn gegevens` opens the page.
/// </summary>
public sealed class OrganiserSignInOptions
{
    public const string Section = "Organisers:SignIn";

    /// <summary>E.g. <c>https://login.microsoftonline.com/&lt;tenant id&gt;/v2.0</c>.</summary>
    [Url]
    public string? Authority { get; set; }

    /// <summary>The token's <c>aud</c>: the Application ID URI <c>api://&lt;host&gt;/&lt;app id&gt;</c> (the manifest's
    /// webApplicationInfo.resource) and, for v2 tokens, the app id itself.</summary>
    public IList<string> Audiences { get; } = [];

    /// <summary>Issuers accepted beside the metadata's, e.g. v1 tokens' <c>https://sts.windows.net/&lt;tenant id&gt;/</c>.</summary>
    public IList<string> ValidIssuers { get; } = [];

    /// <summary>The scope the app registration exposes for Teams (Expose an API); a token without it in <c>scp</c> is refused.</summary>
    [Required]
    public string Scope { get; set; } = "access_as_user";

    /// <summary>Entra's metadata is https; only a local stand-in on loopback may be plain http.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;
}
