using SocialeBasisBot.Programme;
using SocialeBasisBot.Sessions;
using SocialeBasisBot.Storage;

namespace SocialeBasisBot.Wall;

/// <summary>
/// The wall button on a question card: a facilitator of the session gets its signed link, anyone else a polite
/// word; the same rule as `muur` (<see cref="FacilitatorPolicy.MayDrive"/>, with the meeting role the edge looked up).
/// </summary>
public sealed class WallAccess(SessionStore store, ProgrammeCatalog programmes, FacilitatorPolicy policy, WallLinks links, Exports.SessionExporter exporter)
{
    /// <param name="requestBaseUrl">The address the invoke came in on (<c>Exports:PublicBaseUrl</c> wins when set).</param>
    public async Task<WallAccessResult?> ForAsync(string conversationId, Participant who, string sessionId, string requestBaseUrl, CancellationToken ct)
    {
        var session = await store.FindSessionAsync(sessionId, ct);
        if (session is null || !string.Equals(session.ConversationId, conversationId, StringComparison.Ordinal)
            || programmes.Find(session.ProgrammeId) is not WebinarProgramme programme)
        {
            return null;
        }

        var say = WallPhrases.For(programme.Language);
        if (!policy.MayDrive(session, who))
        {
            return new WallAccessResult(say, programme.Title, null, default);
        }

        var link = links.Create(requestBaseUrl, session.Id);
        return new WallAccessResult(say, programme.Title, link.Url + "&lang=" + say.Lang, TimeZoneInfo.ConvertTime(link.ExpiresAt, exporter.TimeZone));
    }
}
