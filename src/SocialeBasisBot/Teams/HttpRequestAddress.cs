using SocialeBasisBot.Sessions;

namespace SocialeBasisBot.Teams;

/// <summary>The address the request being handled came in on (behind a trusted proxy: what it forwarded).</summary>
public sealed class HttpRequestAddress(IHttpContextAccessor http) : RequestAddress
{
    public override string BaseUrl => http.HttpContext is { } context ? $"{context.Request.Scheme}://{context.Request.Host}" : "";
}
