using Microsoft.Extensions.Options;
using SocialeBasisBot.Exports;

namespace SocialeBasisBot.Wall;

/// <summary>
/// Signed, session-scoped links to a session's wall: <c>/wall/{session}?expires=…&amp;sig=…</c>, signed like the export
/// links (same key, lifetime and checks: tampered 403, expired 410), so a wall opens in any browser without a login
/// and can be screen-shared, yet a link cannot be bent to another session.
/// </summary>
public sealed class WallLinks(ExportLinkSigner signer, IOptions<ExportOptions> options, SessionExporter exporter)
{
    /// <summary>The name the signature covers, so a wall link opens no export file and an export link no wall.</summary>
    public const string Scope = "muur";

    /// <param name="requestBaseUrl">The address the request came in on; <c>Exports:PublicBaseUrl</c> wins when set.</param>
    public ExportLink Create(string requestBaseUrl, string sessionId)
    {
        ArgumentNullException.ThrowIfNull(requestBaseUrl);
        var baseUrl = options.Value.PublicBaseUrl is { Length: > 0 } configured ? configured : requestBaseUrl;
        var query = signer.SignedQuery(sessionId, Scope);
        return query with { Url = $"{baseUrl.TrimEnd('/')}/wall/{Uri.EscapeDataString(sessionId)}?{query.Url}" };
    }

    /// <summary>The chat message for `muur`: the link, until when it works, and how to put it in the meeting.</summary>
    public string Message(WallReply reply, string requestBaseUrl)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var link = Create(requestBaseUrl, reply.Session.Id);
        var until = TimeZoneInfo.ConvertTime(link.ExpiresAt, exporter.TimeZone);
        var say = WallPhrases.For(reply.Say.Language);
        return say.LinkMessage(reply.Programme.Title, link.Url + (say.Lang == "en" ? "&lang=en" : ""), until);
    }

    public ExportLinkStatus Verify(string sessionId, string? expires, string? sig) =>
        signer.Verify(sessionId, Scope, expires, sig);
}
