using SocialeBasisBot.Exports;
using SocialeBasisBot.Sessions;
using SocialeBasisBot.Summaries;

namespace SocialeBasisBot.Hosting;

public static class ExportEndpoints
{
    /// <summary>
    /// The HTML report's own policy plus what only a header can say: no other site may frame it. The report needs
    /// nothing but its inline styles (the Chromium report test opens it under this policy).
    /// </summary>
    public const string HtmlContentSecurityPolicy = HtmlSummaryWriter.ContentSecurityPolicy + "; frame-ancestors 'none'";

    /// <summary>
    /// GET /exports/{session}/{file}?expires=…&amp;sig=…: the files behind the links the `export` command posts.
    /// A tampered link gets 403, an expired one 410; neither reveals anything about the session.
    /// </summary>
    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/exports/{session}/{file}", async (
            string session, string file, string? expires, string? sig, HttpResponse response,
            ExportLinkSigner signer, SessionReports reports, SessionExporter exporter, CancellationToken ct) =>
        {
            // Answers are personal data behind a signed link: no cache keeps a copy, and no browser guesses a type
            // other than the one sent (a CSV or Markdown file with HTML in it must not render as a page).
            response.Headers.XContentTypeOptions = "nosniff";
            response.Headers.CacheControl = "no-store";
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
            if (export.ContentType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase))
            {
                response.Headers.ContentSecurityPolicy = HtmlContentSecurityPolicy;
            }

            return Results.File(export.Content, export.ContentType, export.FileName);
        });
        return endpoints;
    }
}
