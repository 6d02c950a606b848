using System.Security.Claims;
using SocialeBasisBot.Exports;
using SocialeBasisBot.Programme;
using SocialeBasisBot.Sessions;
using SocialeBasisBot.Wall;
using SocialeBasisBot.Hosting;

namespace SocialeBasisBot.Organisers;

/// <summary>
/// "Mijn sessies": GET /organisers (the page, also the Teams personal tab), /organisers/assets/… (its stylesheet and
/// script) and, for a signed-in person only (Teams SSO token or the signed link), the parts the page loads:
/// GET /organisers/api/sessions, /organisers/api/sessions/{id}, /organisers/api/compare/{programme} and
/// POST /organisers/api/sessions/{id}/delete. Not signed in: 401. A session of another tenant, or one the person may
/// not see: 404, exactly as one that does not exist.
/// </summary>
public static class OrganiserEndpoints
{
    public static WebApplication MapOrganisers(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseBotAssets("/organisers/assets", "organisers");

        app.MapGet(OrganiserLinks.Path, (string? lang, HttpRequest request, HttpResponse response) =>
        {
            if (lang is not (null or "nl" or "en"))
                return Results.Text("lang: nl | en", statusCode: StatusCodes.Status400BadRequest);
            Private(response);
            // The signed link's query goes with every call the page makes; lang is the page's own choice.
            var query = string.Join('&', request.Query.Where(q => q.Key is "oid" or "tid" or "expires" or "sig")
                .Select(q => $"{q.Key}={Uri.EscapeDataString(q.Value.ToString())}"));
            return Results.Content(OrganiserPage.Shell(OrganiserPhrases.For(lang), query), "text/html; charset=utf-8");
        });

        var api = app.MapGroup(OrganiserLinks.Path + "/api").RequireAuthorization(OrganiserSchemes.Policy);

        api.MapGet("/sessions", async (string? lang, ClaimsPrincipal user, HttpResponse response, OrganiserSessions sessions,
            OrganiserAccess access, SessionExporter exporter, CancellationToken ct) =>
        {
            if (Signed(user, response) is not { } who)
                return Results.Unauthorized();
            var rows = await sessions.ListAsync(who, ct);
            return Html(OrganiserPage.List(rows, access.SeesWholeTenant(who), OrganiserPhrases.For(lang), exporter.TimeZone));
        });

        api.MapGet("/sessions/{session}", async (string session, string? lang, ClaimsPrincipal user, HttpRequest request, HttpResponse response,
            OrganiserSessions sessions, ExportDownloads downloads, ProgrammeCatalog programmes, SessionExporter exporter, CancellationToken ct) =>
        {
            if (Signed(user, response) is not { } who)
                return Results.Unauthorized();
            var say = OrganiserPhrases.For(lang);
            if (await sessions.DetailAsync(who, session, ct) is not { } detail || programmes.Find(detail.Session.ProgrammeId) is not { } programme)
                return Results.Text(say.NotFound, statusCode: StatusCodes.Status404NotFound);
            // The export's own signed links, for the address the page was reached on (Exports:PublicBaseUrl wins).
            var links = downloads.Links(new ExportReply(detail.Session, programme, IncludeNames: false), $"{request.Scheme}://{request.Host}{request.PathBase}");
            return Html(OrganiserPage.Detail(detail.Row, detail.Summary, links, say, exporter.TimeZone));
        });

        api.MapGet("/compare/{programme}", async (string programme, string? lang, ClaimsPrincipal user, HttpResponse response,
            OrganiserSessions sessions, SessionExporter exporter, CancellationToken ct) =>
        {
            if (Signed(user, response) is not { } who)
                return Results.Unauthorized();
            var say = OrganiserPhrases.For(lang);
            return await sessions.CompareAsync(who, programme, ct) is { } comparison
                ? Html(OrganiserPage.Comparison(comparison, say, exporter.TimeZone))
                : Results.Text(say.NotFound, statusCode: StatusCodes.Status404NotFound);
        });

        api.MapPost("/sessions/{session}/delete", async (string session, string? lang, ClaimsPrincipal user, HttpResponse response,
            OrganiserSessions sessions, CancellationToken ct) =>
        {
            if (Signed(user, response) is not { } who)
                return Results.Unauthorized();
            var say = OrganiserPhrases.For(lang);
            return await sessions.DeleteAsync(who, session, ct) is not null
                ? Results.Text(say.Deleted, "text/plain; charset=utf-8")
                : Results.Text(say.NotFound, statusCode: StatusCodes.Status404NotFound);
        });
        return app;
    }

    private static Organiser? Signed(ClaimsPrincipal user, HttpResponse response)
    {
        Private(response);
        return OrganiserClaims.From(user);
    }

    /// <summary>Sessions and answers are personal data: no cache keeps a copy, no browser guesses another type.</summary>
    private static void Private(HttpResponse response)
    {
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.ContentSecurityPolicy = WallPage.ContentSecurityPolicy;
    }

    private static IResult Html(string fragment) => Results.Content(fragment, "text/html; charset=utf-8");
}
