using System.Globalization;
using Microsoft.Extensions.Options;
using SocialeBasisBot.Exports;

namespace SocialeBasisBot.Organisers;

/// <summary>
/// The sessions page outside Teams: a link the bot gives someone in a 1:1 chat (`mijn gegevens`), signed like the
/// export links over their object id and tenant, so a browser without Entra sign-in sees exactly what the Teams tab
/// would show them. Why not an Entra sign-in in the browser: deployment/README.md, "Mijn sessies".
/// </summary>
public sealed class OrganiserLinks(ExportLinkSigner signer, IOptions<ExportOptions> options)
{
    public const string Path = "/organisers";

    /// <summary>What the signature covers besides who: the page, so no export or wall link opens it.</summary>
    private const string Page = "mijn-sessies";

    /// <param name="requestBaseUrl">The address the request came in on; <c>Exports:PublicBaseUrl</c> wins when set.</param>
    public ExportLink Create(string requestBaseUrl, string objectId, string tenantId, string language)
    {
        ArgumentNullException.ThrowIfNull(requestBaseUrl);
        var baseUrl = options.Value.PublicBaseUrl is { Length: > 0 } configured ? configured : requestBaseUrl;
        var signed = signer.SignedQuery(Scope(objectId, tenantId), Page);
        var url = string.Create(CultureInfo.InvariantCulture,
            $"{baseUrl.TrimEnd('/')}{Path}?oid={Uri.EscapeDataString(objectId)}&tid={Uri.EscapeDataString(tenantId)}&{signed.Url}&lang={language}");
        return signed with { Url = url };
    }

    public ExportLinkStatus Verify(string? objectId, string? tenantId, string? expires, string? sig) =>
        string.IsNullOrEmpty(objectId) || string.IsNullOrEmpty(tenantId)
            ? ExportLinkStatus.Tampered
            : signer.Verify(Scope(objectId, tenantId), Page, expires, sig);

    // "organiser:" cannot begin a session id (those are hex), so no session's link can stand in for this one.
    private static string Scope(string objectId, string tenantId) => $"organiser:{tenantId}:{objectId}";
}
