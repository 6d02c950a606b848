using Microsoft.Extensions.Options;
using SocialeBasisBot.Sessions;
using SocialeBasisBot.Storage;
using SocialeBasisBot.Summaries;

namespace SocialeBasisBot.Exports;

/// <summary>
/// Decides what an `export` hands out: the signed links on the export card and, in a 1:1 chat, the files offered
/// through Teams file consent (and whether an accepted one may still be sent). The edge only renders and sends.
/// </summary>
public sealed class ExportDownloads(
    ExportLinkSigner signer,
    IOptions<ExportOptions> options,
    SessionStore store,
    FacilitatorPolicy policy,
    SessionReports reports,
    SessionExporter exporter)
{
    /// <param name="requestBaseUrl">The address the request came in on; <c>Exports:PublicBaseUrl</c> wins when set.</param>
    public ExportDownloadSet Links(ExportReply reply, string requestBaseUrl)
    {
        var baseUrl = options.Value.PublicBaseUrl is { Length: > 0 } configured ? configured : requestBaseUrl;
        var links = ExportCatalogue.For(reply.IncludeNames)
            .Select(spec => (Spec: spec, Link: signer.CreateLink(baseUrl, reply.Session.Id, spec.FileName)))
            .ToList();
        return new ExportDownloadSet(
            reply.Session.Id,
            [.. links.Select(l => new ExportDownload(l.Spec, l.Link.Url))],
            reply.IncludeNames,
            TimeZoneInfo.ConvertTime(links.Min(l => l.Link.ExpiresAt), exporter.TimeZone));
    }

    /// <summary>The files of the export, rendered, for file consent cards; empty when the session is gone.</summary>
    public async Task<IReadOnlyList<ConsentOffer>> ConsentOffersAsync(ExportDownloadSet set, CancellationToken ct)
    {
        var input = await reports.ExportInputAsync(set.SessionId, ct);
        return input is null
            ? []
            : [.. set.Files.Select(f => new ConsentOffer(exporter.Export(input, f.Spec), $"{f.Spec.FileName} ({input.Programme.Title})"))];
    }

    /// <summary>The file behind an accepted consent card, if it still exists and the person may still have it.</summary>
    public async Task<ConsentedFile> ForConsentAsync(string? sessionId, string? fileName, Participant who, Phrases say, CancellationToken ct)
    {
        if (sessionId is null || !ExportCatalogue.TryParse(fileName, out var spec)
            || await store.FindSessionAsync(sessionId, ct) is not { } session)
        {
            return new ConsentedFile(null, say.FileUnavailable);
        }

        if (!policy.MayDrive(session, who))
        {
            return new ConsentedFile(null, say.NotAllowed(session.StartedByName));
        }

        // The session read above, not read again.
        return await reports.ExportInputAsync(session, ct) is { } input
            ? new ConsentedFile(exporter.Export(input, spec), null)
            : new ConsentedFile(null, say.FileUnavailable);
    }
}
