using SocialeBasisBot.Exports;
using SocialeBasisBot.Sessions;
using SocialeBasisBot.Summaries;

namespace SocialeBasisBot.Hosting;

public static class ExportEndpoints
{
    /// <summary>
    /// GET /exports/{session}/{file}?expires=…&amp;sig=…: the files behind the links the `export` command posts.
    /// A tampered link gets 403, an expired one 410; neither reveals anything about the session.
    /// </summary>
    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/exports/{session}/{file}", async (
            string session, string file, string? expires, string? sig,
            ExportLinkSigner signer, SessionReports reports, SessionExporter exporter, CancellationToken ct) =>
        {
            switch (signer.Verify(session, file, expires, sig))
            {
                case ExportLinkStatus.Expired:
                    return Results.Text(Phrases.Dutch.LinkExpired, statusCode: StatusCodes.Status410Gone);
                case ExportLinkStatus.Tampered:
                    return Results.Text(Phrases.Dutch.LinkInvalid, statusCode: StatusCodes.Status403Forbidden);
            }

            if (!ExportCatalogue.TryParse(file, out var spec) || await reports.ExportInputAsync(session, ct) is not { } input)
            {
                return Results.NotFound();
            }

            var export = exporter.Export(input, spec);
            return Results.File(export.Content, export.ContentType, export.FileName);
        });
        return endpoints;
    }
}
