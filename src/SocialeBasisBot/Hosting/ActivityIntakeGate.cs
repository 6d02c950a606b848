using System.Buffers;
using System.IdentityModel.Tokens.Jwt;
using System.Text.Json;
using Microsoft.Extensions.Options;
using SocialeBasisBot.Teams;

namespace SocialeBasisBot.Hosting;

/// <summary>
/// Checks a POST to /api/messages before the Bot Framework adapter sees it, so a request Teams would never send gets
/// a clear 4xx instead of a 500 with a stack trace, and nothing is stored or sent: a body over the limit (413), no
/// usable serviceUrl (400), with an app id a serviceUrl off the allow-list (403) or a token without a JWT's shape
/// (401; the SDK throws on those instead of refusing them). Valid requests continue with the body it read.
/// </summary>
public sealed partial class ActivityIntakeGate(
    IOptions<HostingOptions> options, IOptions<BotIdentityOptions> identity, ILogger<ActivityIntakeGate> logger)
{
    private static readonly JwtSecurityTokenHandler Tokens = new();
    private readonly ServiceUrlAllowList allowList = new(options.Value.EffectiveServiceUrlHosts);

    /// <summary>Null when the request may go on (its body is then buffered); otherwise the answer to give.</summary>
    public async Task<IResult?> AdmitAsync(HttpContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        var body = await ReadBodyAsync(context, options.Value.MaxMessageBytes, ct);
        if (body is null)
        {
            LogTooLarge(request.ContentLength, options.Value.MaxMessageBytes);
            return Results.Text("Request body too large.", statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        context.Response.RegisterForDispose(body);
        if (!TryReadServiceUrl(body, out var serviceUrl))
        {
            LogNotJson();
            return Results.Text("The body is not a JSON activity.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (serviceUrl is null)
        {
            LogNoServiceUrl();
            return Results.Text("An activity needs an absolute serviceUrl.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (identity.Value.MicrosoftAppId.Length > 0)
        {
            // Token first: a request without a token of a JWT's shape learns nothing more than 401.
            var authorization = request.Headers.Authorization.ToString();
            if (authorization.Length == 0)
            {
                return Results.Unauthorized();
            }

            if (!IsReadableBearer(authorization))
            {
                LogMalformedToken();
                return Results.Unauthorized();
            }

            if (!allowList.Allows(serviceUrl))
            {
                LogForeignServiceUrl(serviceUrl.GetLeftPart(UriPartial.Authority));
                return Results.Text("This serviceUrl is not allowed.", statusCode: StatusCodes.Status403Forbidden);
            }
        }

        body.Position = 0;
        request.Body = body;
        request.ContentLength = body.Length;
        return null;
    }

    /// <summary>The body, or null when it is larger than the limit (read no further than that).</summary>
    private static async Task<MemoryStream?> ReadBodyAsync(HttpContext context, long limit, CancellationToken ct)
    {
        // The body is not read past the limit; Kestrel discards the rest after the answer, within its own server-wide
        // limit (30 MB by default), so a client that sent it all still reads the 413.
        if (context.Request.ContentLength > limit)
        {
            return null;
        }

        var body = new MemoryStream((int)Math.Min(context.Request.ContentLength ?? 16 * 1024, limit));
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await context.Request.Body.ReadAsync(chunk, ct)) > 0)
            {
                if (body.Length + read > limit)
                {
                    await body.DisposeAsync();
                    return null;
                }

                body.Write(chunk, 0, read);
            }

            return body;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    /// <summary>
    /// False when the body is not JSON; otherwise the activity's serviceUrl when it is an absolute http(s) URL (null
    /// when missing or unusable). The adapter checks the rest of the activity's shape.
    /// </summary>
    private static bool TryReadServiceUrl(MemoryStream body, out Uri? serviceUrl)
    {
        serviceUrl = null;
        try
        {
            using var json = JsonDocument.Parse(body.GetBuffer().AsMemory(0, (int)body.Length));
            if (json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.TryGetProperty("serviceUrl", out var value) && value.ValueKind == JsonValueKind.String
                && Uri.TryCreate(value.GetString(), UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp))
            {
                serviceUrl = url;
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>
    /// A "Bearer" value with a JWT's shape (dot-separated base64url parts), checked without decoding it: the SDK decodes
    /// the token right after this, and one whose parts do not decode makes it throw, which the endpoint answers with 401
    /// (<see cref="TokenCheckFailure"/>). Decoding it here as well cost every request a second decode.
    /// </summary>
    private static bool IsReadableBearer(string authorization) =>
        authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
        && Tokens.CanReadToken(authorization["Bearer ".Length..].Trim());

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an activity of {Length} bytes: the limit is {Limit} (Hosting:MaxMessageBytes)")]
    private partial void LogTooLarge(long? length, long limit);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a body that is not JSON")]
    private partial void LogNotJson();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an activity without an absolute serviceUrl")]
    private partial void LogNoServiceUrl();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an activity for service URL {ServiceUrl}: not in Hosting:AllowedServiceUrlHosts")]
    private partial void LogForeignServiceUrl(string serviceUrl);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an activity whose Authorization header is not a bearer JWT")]
    private partial void LogMalformedToken();
}
