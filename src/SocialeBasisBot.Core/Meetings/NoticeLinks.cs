using Microsoft.Extensions.Options;
using SocialeBasisBot.Exports;

namespace SocialeBasisBot.Meetings;

/// <summary>
/// Signed links to the page an in-meeting notification shows, <c>/wall/{session}/question/{item}?expires=…&amp;sig=…</c>:
/// signed like the wall's links (same key and lifetime; tampered 403, expired 410) over the session and the question,
/// so a link opens that one question of that one session and no wall, export or other question.
/// </summary>
public sealed class NoticeLinks(ExportLinkSigner signer, IOptions<ExportOptions> options)
{
    /// <param name="requestBaseUrl">The address the command came in on; <c>Exports:PublicBaseUrl</c> wins when set.</param>
    public ExportLink Create(string requestBaseUrl, string sessionId, string itemId, string language)
    {
        ArgumentNullException.ThrowIfNull(requestBaseUrl);
        var baseUrl = options.Value.PublicBaseUrl is { Length: > 0 } configured ? configured : requestBaseUrl;
        var query = signer.SignedQuery(sessionId, Name(itemId));
        var url = $"{baseUrl.TrimEnd('/')}/wall/{Uri.EscapeDataString(sessionId)}/question/{Uri.EscapeDataString(itemId)}?{query.Url}&lang={language}";
        return query with { Url = url };
    }

    public ExportLinkStatus Verify(string sessionId, string itemId, string? expires, string? sig) =>
        signer.Verify(sessionId, Name(itemId), expires, sig);

    /// <summary>What the signature covers besides the session: never a wall's or an export file's name.</summary>
    private static string Name(string itemId) => "vraag/" + itemId;
}
