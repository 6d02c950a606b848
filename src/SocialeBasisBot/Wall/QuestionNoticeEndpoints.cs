using SocialeBasisBot.Exports;
using SocialeBasisBot.Meetings;
using SocialeBasisBot.Programme;
using SocialeBasisBot.Sessions;
using SocialeBasisBot.Storage;

namespace SocialeBasisBot.Wall;

/// <summary>
/// GET /wall/{session}/question/{item}?expires=…&amp;sig=…&amp;lang=…: the page Teams' in-meeting bubble shows when a
/// question opens (Teams/Meetings/MeetingNotifications.cs): the question and how to answer. Signed over the session
/// and the question (<see cref="NoticeLinks"/>): tampered 403, expired 410, unknown 404. Shows no answers and no names.
/// </summary>
public static class QuestionNoticeEndpoints
{
    public static WebApplication MapQuestionNotice(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/wall/{session}/question/{item}", async (
            string session, string item, string? expires, string? sig, string? lang, HttpResponse response,
            NoticeLinks links, SessionStore store, ProgrammeCatalog programmes, SessionExporter exporter, CancellationToken ct) =>
        {
            response.Headers.CacheControl = "no-store";
            response.Headers.XContentTypeOptions = "nosniff";
            var say = NoticePhrases.For(lang);
            var status = links.Verify(session, item, expires, sig);
            if (status != ExportLinkStatus.Valid)
            {
                return status == ExportLinkStatus.Expired
                    ? Results.Text(say.LinkExpired, statusCode: StatusCodes.Status410Gone)
                    : Results.Text(say.LinkInvalid, statusCode: StatusCodes.Status403Forbidden);
            }

            if (lang is not (null or "nl" or "en"))
                return Results.Text("lang: nl | en", statusCode: StatusCodes.Status400BadRequest);
            if (await store.FindSessionAsync(session, ct) is not { } found || programmes.Find(found.ProgrammeId) is not { } programme
                || programme.FindItem(item) is not { IsQuestion: true } question)
                return Results.Text(say.NotFound, statusCode: StatusCodes.Status404NotFound);

            say = NoticePhrases.For(lang ?? programme.Language);
            var open = found.State == SessionState.Running && string.Equals(found.OpenItemId, question.Id, StringComparison.Ordinal);
            DateTimeOffset? closesAt = open && found.TimerItemId == question.Id && found.ClosesAt is { } at
                ? TimeZoneInfo.ConvertTime(at, exporter.TimeZone) : null;
            response.Headers.ContentSecurityPolicy = WallPage.ContentSecurityPolicy;
            return Results.Content(QuestionNoticePage.Render(programme.Title, question, open, closesAt, say), "text/html; charset=utf-8");
        });
        return app;
    }
}
