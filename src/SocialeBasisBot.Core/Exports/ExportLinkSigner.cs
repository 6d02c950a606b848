using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SocialeBasisBot.Exports;

/// <summary>
/// Signs download links <c>/exports/{session}/{file}?expires=…&amp;sig=…</c> with HMAC-SHA256 over session, file and
/// expiry, so a link can be shared in a chat without a login yet cannot be bent to another session or file.
/// </summary>
public sealed class ExportLinkSigner
{
    private readonly byte[] key;
    private readonly TimeSpan lifetime;
    private readonly TimeProvider timeProvider;

    public ExportLinkSigner(IOptions<ExportOptions> options, TimeProvider timeProvider, ILogger<ExportLinkSigner> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        this.timeProvider = timeProvider;
        lifetime = options.Value.LinkLifetime;
        if (string.IsNullOrEmpty(options.Value.SigningKey))
        {
            key = RandomNumberGenerator.GetBytes(32);
            logger.LogWarning(
                "No {Setting} configured: download links are signed with a random key and stop working when this process stops (and are not valid on other instances)",
                "Exports:SigningKey");
        }
        else
        {
            key = Encoding.UTF8.GetBytes(options.Value.SigningKey);
        }
    }

    public TimeSpan LinkLifetime => lifetime;

    /// <summary>An absolute URL when <paramref name="baseUrl"/> is absolute (e.g. "https://bot.example.nl"); "" gives a relative one.</summary>
    public string CreateUrl(string baseUrl, string sessionId, string fileName) =>
        CreateLink(baseUrl, sessionId, fileName).Url;

    public ExportLink CreateLink(string baseUrl, string sessionId, string fileName)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        var query = SignedQuery(sessionId, fileName);
        var url = $"{baseUrl.TrimEnd('/')}/exports/{Uri.EscapeDataString(sessionId)}/{Uri.EscapeDataString(fileName)}?{query.Url}";
        return query with { Url = url };
    }

    /// <summary>
    /// "expires=…&amp;sig=…" for <paramref name="name"/> of a session, for other session-scoped pages (the wall signs
    /// its own name, so a wall link opens no export and an export link no wall); <see cref="Verify"/> checks it.
    /// </summary>
    public ExportLink SignedQuery(string sessionId, string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(sessionId);
        ArgumentException.ThrowIfNullOrEmpty(name);
        var expires = timeProvider.GetUtcNow().Add(lifetime).ToUnixTimeSeconds();
        var query = string.Create(CultureInfo.InvariantCulture, $"expires={expires}&sig={Sign(sessionId, name, expires)}");
        return new ExportLink(query, DateTimeOffset.FromUnixTimeSeconds(expires));
    }

    /// <summary>Checks the query values of a request against the (already URL-decoded) session id and file name.</summary>
    public ExportLinkStatus Verify(string sessionId, string fileName, string? expires, string? sig)
    {
        if (string.IsNullOrEmpty(sessionId) || string.IsNullOrEmpty(fileName) || string.IsNullOrEmpty(sig)
            || !long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var expiresUnix))
            return ExportLinkStatus.Tampered;

        byte[] given;
        try
        {
            given = Base64UrlDecode(sig);
        }
        catch (FormatException)
        {
            return ExportLinkStatus.Tampered;
        }

        var expected = Mac(sessionId, fileName, expiresUnix);
        if (!CryptographicOperations.FixedTimeEquals(given, expected))
            return ExportLinkStatus.Tampered;
        return timeProvider.GetUtcNow().ToUnixTimeSeconds() >= expiresUnix ? ExportLinkStatus.Expired : ExportLinkStatus.Valid;
    }

    private string Sign(string sessionId, string fileName, long expires) =>
        Base64UrlEncode(Mac(sessionId, fileName, expires));

    private byte[] Mac(string sessionId, string fileName, long expires)
    {
        // Lengths first, so ("a/b", "c") and ("a", "b/c") never sign the same bytes.
        var message = string.Create(
            CultureInfo.InvariantCulture,
            $"{sessionId.Length}:{sessionId}\n{fileName.Length}:{fileName}\n{expires}");
        return HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(message));
    }

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] Base64UrlDecode(string text)
    {
        if (text.Contains('=', StringComparison.Ordinal) || text.Contains('+', StringComparison.Ordinal) || text.Contains('/', StringComparison.Ordinal))
            throw new FormatException("Not base64url.");
        var padded = text.Replace('-', '+').Replace('_', '/');
        padded += (padded.Length % 4) switch { 2 => "==", 3 => "=", 0 => "", _ => throw new FormatException("Bad length.") };
        return Convert.FromBase64String(padded);
    }
}
