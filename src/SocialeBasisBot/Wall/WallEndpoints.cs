using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.Options;
using SocialeBasisBot.Exports;
using SocialeBasisBot.Hosting;

namespace SocialeBasisBot.Wall;

public static class WallEndpoints
{
    /// <summary>The name of the event that carries the wall's HTML; the stream also sends "ping" to keep proxies open.</summary>
    public const string WallEvent = "wall";

    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(15);

    /// <summary>
    /// GET /wall/{session}?expires=…&amp;sig=…[&amp;lang=en]: the page; GET /wall/{session}/events?…: its server-sent events;
    /// /wall/assets/…: its stylesheet and scripts, served by the bot (no CDN). A tampered link gets 403, an expired one 410.
    /// </summary>
    public static WebApplication MapWall(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseBotAssets("/wall/assets", "wall");

        app.MapGet("/wall/{session}", async (
            string session, string? expires, string? sig, string? lang, HttpResponse response,
            WallLinks links, WallSnapshots snapshots, CancellationToken ct) =>
        {
            if (Refused(session, expires, sig, lang, links, response) is { } refused)
                return refused;
            if (await snapshots.GetAsync(session, ct) is not { } view)
                return Results.NotFound();

            var say = WallPhrases.For(lang ?? view.Language);
            response.Headers.ContentSecurityPolicy = WallPage.ContentSecurityPolicy;
            var page = WallPage.Render(view with { Language = say.Lang }, say, Query(expires, sig, say), "", ["assets/wall.js"], tab: false);
            return Results.Content(page, "text/html; charset=utf-8");
        });

        app.MapGet("/wall/{session}/events", (
            string session, string? expires, string? sig, string? lang, HttpResponse response,
            WallLinks links, WallSnapshots snapshots, IOptions<WallOptions> options, TimeProvider time, CancellationToken ct) =>
        {
            if (Refused(session, expires, sig, lang, links, response) is { } refused)
                return refused;
            var language = lang is null ? null : WallPhrases.For(lang).Lang;
            // nginx would otherwise hold the events back in its buffer.
            response.Headers["X-Accel-Buffering"] = "no";
            return TypedResults.ServerSentEvents(
                Stream(session, expires, sig, language, links, snapshots, options.Value.RefreshInterval, time, ct));
        });
        app.MapWallTab();
        app.MapQuestionNotice();
        return app;
    }

    /// <summary>403 for a tampered link, 410 for an expired one, 400 for an unknown language; null when the link holds.</summary>
    internal static IResult? Refused(string session, string? expires, string? sig, string? lang, WallLinks links, HttpResponse response)
    {
        // The wall is live data behind a signed link: no cache keeps a copy.
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        var say = WallPhrases.For(lang);
        var status = links.Verify(session, expires, sig);
        if (status != ExportLinkStatus.Valid)
        {
            return status == ExportLinkStatus.Expired
                ? Results.Text(say.LinkExpired, statusCode: StatusCodes.Status410Gone)
                : Results.Text(say.LinkInvalid, statusCode: StatusCodes.Status403Forbidden);
        }

        return lang is null or "nl" or "en" ? null : Results.Text("lang: nl | en", statusCode: StatusCodes.Status400BadRequest);
    }

    internal static string Query(string? expires, string? sig, WallPhrases say) =>
        $"expires={Uri.EscapeDataString(expires ?? "")}&sig={Uri.EscapeDataString(sig ?? "")}&lang={say.Lang}";

    /// <summary>
    /// The wall's HTML whenever it changes, looked at once per refresh interval (the read is shared by all viewers of
    /// the session). Ends when the link expires, so a reconnecting browser gets the 410.
    /// </summary>
    private static async IAsyncEnumerable<SseItem<string>> Stream(
        string session, string? expires, string? sig, string? language, WallLinks links, WallSnapshots snapshots,
        TimeSpan interval, TimeProvider time, [EnumeratorCancellation] CancellationToken ct)
    {
        string? last = null;
        var quiet = TimeSpan.Zero;
        using var timer = new PeriodicTimer(interval, time);
        do
        {
            if (links.Verify(session, expires, sig) != ExportLinkStatus.Valid)
                yield break;
            var view = await snapshots.GetAsync(session, ct);
            var html = view is null
                ? $"<p class=\"note\">{System.Net.WebUtility.HtmlEncode(WallPhrases.For(language).NotFound)}</p>"
                : WallHtml.Render(language is null ? view : view with { Language = language });
            if (!string.Equals(html, last, StringComparison.Ordinal))
            {
                last = html;
                quiet = TimeSpan.Zero;
                yield return new SseItem<string>(JsonSerializer.Serialize(new { html }), WallEvent);
            }
            else if ((quiet += interval) >= Heartbeat)
            {
                quiet = TimeSpan.Zero;
                yield return new SseItem<string>("", "ping");
            }
        }
        while (await timer.WaitForNextTickAsync(ct));
    }
}
