using SocialeBasisBot.Exports;
using SocialeBasisBot.Privacy;
using SocialeBasisBot.Sessions;

namespace SocialeBasisBot.Hosting;

public static class PrivacyEndpoints
{
    /// <summary>A participant's own answers, behind the signed link `mijn gegevens` gives them.</summary>
    public static IEndpointRouteBuilder MapPrivacy(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/privacy/{participant}/{file}", async (
            string participant, string file, string? expires, string? sig, HttpResponse response, PrivacyService privacy, CancellationToken ct) =>
        {
            response.Headers.XContentTypeOptions = "nosniff";
            response.Headers.CacheControl = "no-store";
            return privacy.VerifyDownload(participant, file, expires, sig) switch
            {
                ExportLinkStatus.Expired => Results.Text(Phrases.Dutch.LinkExpired, statusCode: StatusCodes.Status410Gone),
                ExportLinkStatus.Tampered => Results.Text(Phrases.Dutch.LinkInvalid, statusCode: StatusCodes.Status403Forbidden),
                _ => Results.File(await privacy.OwnAnswersCsvAsync(participant, ct), "text/csv; charset=utf-8", PrivacyService.DownloadFile),
            };
        });
        return endpoints;
    }
}
