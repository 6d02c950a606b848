using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using SocialeBasisBot.Exports;

namespace SocialeBasisBot.Organisers;

/// <summary>
/// Signs in whoever holds a valid "Mijn sessies" link (from `mijn gegevens`): the query's oid and tid become the claims a Teams SSO token
/// would carry. No link in the query: no result, so the token scheme decides.
/// </summary>
public sealed class OrganiserLinkHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, OrganiserLinks links)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var query = Request.Query;
        if (!query.ContainsKey("sig"))
            return Task.FromResult(AuthenticateResult.NoResult());

        string? oid = query["oid"], tid = query["tid"];
        var status = links.Verify(oid, tid, query["expires"], query["sig"]);
        if (status != ExportLinkStatus.Valid)
            return Task.FromResult(AuthenticateResult.Fail(status == ExportLinkStatus.Expired ? "The link has expired." : "The link is not valid."));

        var identity = new ClaimsIdentity([new Claim(OrganiserClaims.ObjectId, oid!), new Claim(OrganiserClaims.TenantId, tid!)], Scheme.Name);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name)));
    }
}
