using SocialeBasisBot.Storage;

namespace SocialeBasisBot.Wall;

/// <summary>
/// The wall as a Teams meeting tab (deployment/teams/manifest.json, configurableTabs): its configuration page, the
/// tab page (the wall plus the Teams JavaScript client library) and the check whether a wall link belongs to the
/// tab's chat. Why a signed link and not Teams SSO proves access: deployment/README.md, "The theme wall in a meeting".
/// </summary>
public static class WallTabEndpoints
{
    /// <summary>Where SocialeBasisBot.csproj puts the library's bundle from npm (Wall/client).</summary>
    public const string TeamsLibrary = "assets/teams-js/MicrosoftTeams.min.js";

    public static WebApplication MapWallTab(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        app.MapGet("/wall/tab/config", (HttpResponse response) =>
        {
            response.Headers.ContentSecurityPolicy = WallPage.ContentSecurityPolicy;
            response.Headers.CacheControl = "no-store";
            return Results.Content(WallTabPage.Configuration(), "text/html; charset=utf-8");
        });

        app.MapGet("/wall/{session}/tab", async (
            string session, string? expires, string? sig, string? lang, HttpResponse response,
            WallLinks links, WallSnapshots snapshots, CancellationToken ct) =>
        {
            if (WallEndpoints.Refused(session, expires, sig, lang, links, response) is { } refused)
                return refused;
            if (await snapshots.GetAsync(session, ct) is not { } view)
                return Results.NotFound();

            var say = WallPhrases.For(lang ?? view.Language);
            response.Headers.ContentSecurityPolicy = WallPage.ContentSecurityPolicy;
            var page = WallPage.Render(view with { Language = say.Lang }, say, WallEndpoints.Query(expires, sig, say), "../",
                [TeamsLibrary, "assets/wall.js", "assets/tab.js"], tab: true);
            return Results.Content(page, "text/html; charset=utf-8");
        });

        // Answers only a holder of a valid link, and only yes or no: whether the wall's session runs in that chat.
        app.MapGet("/wall/{session}/chat", async (
            string session, string? expires, string? sig, string? chat, HttpResponse response,
            WallLinks links, SessionStore store, CancellationToken ct) =>
        {
            if (WallEndpoints.Refused(session, expires, sig, null, links, response) is { } refused)
                return refused;
            var found = await store.FindSessionAsync(session, ct);
            var sameChat = found is not null && !string.IsNullOrEmpty(chat)
                && string.Equals(found.ConversationId, chat.Split(';')[0], StringComparison.Ordinal);
            return Results.Json(new { sameChat });
        });
        return app;
    }
}
