using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SocialeBasisBot.Exports;

namespace SocialeBasisBot.Core.Tests.Exports;

public class ExportLinkSignerTests
{
    private const string Key = "een-geheime-sleutel-van-minstens-32-tekens";
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 28, 14, 0, 0, TimeSpan.Zero));

    private ExportLinkSigner Signer(string key = Key, ILogger<ExportLinkSigner>? logger = null) =>
        new(Options.Create(new ExportOptions { SigningKey = key }), clock, logger ?? NullLogger<ExportLinkSigner>.Instance);

    private static (string Session, string File, string Expires, string Sig) Parse(string url)
    {
        var uri = new Uri(url);
        var segments = uri.AbsolutePath.Split('/');
        var query = System.Web.HttpUtility.ParseQueryString(uri.Query);
        return (Uri.UnescapeDataString(segments[2]), Uri.UnescapeDataString(segments[3]), query["expires"]!, query["sig"]!);
    }

    [Fact]
    public void A_fresh_link_is_valid_and_has_the_route_shape()
    {
        var signer = Signer();

        var url = signer.CreateUrl("https://bot.example.nl/", "sessie-1", "antwoorden.csv");

        Assert.Matches(@"^https://bot\.example\.nl/exports/sessie-1/antwoorden\.csv\?expires=\d+&sig=[A-Za-z0-9_-]{43}$", url);
        var (session, file, expires, sig) = Parse(url);
        Assert.Equal(clock.GetUtcNow().AddHours(24).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), expires);
        Assert.Equal(ExportLinkStatus.Valid, signer.Verify(session, file, expires, sig));
    }

    [Fact]
    public void Changing_session_file_expiry_or_signature_is_tampering()
    {
        var signer = Signer();
        var (session, file, expires, sig) = Parse(signer.CreateUrl("https://x", "sessie-1", "antwoorden.csv"));

        Assert.Equal(ExportLinkStatus.Tampered, signer.Verify("sessie-2", file, expires, sig));
        Assert.Equal(ExportLinkStatus.Tampered, signer.Verify(session, "antwoorden-met-namen.csv", expires, sig));
        Assert.Equal(ExportLinkStatus.Tampered, signer.Verify(session, file, (long.Parse(expires, System.Globalization.CultureInfo.InvariantCulture) + 3600).ToString(System.Globalization.CultureInfo.InvariantCulture), sig));
        var flipped = (sig[0] == 'A' ? 'B' : 'A') + sig[1..];
        Assert.Equal(ExportLinkStatus.Tampered, signer.Verify(session, file, expires, flipped));
        Assert.Equal(ExportLinkStatus.Tampered, signer.Verify(session, file, expires, sig[..^1]));
        Assert.Equal(ExportLinkStatus.Tampered, signer.Verify(session, file, expires, null));
        Assert.Equal(ExportLinkStatus.Tampered, signer.Verify(session, file, null, sig));
        Assert.Equal(ExportLinkStatus.Tampered, signer.Verify(session, file, expires, "!!niet base64!!"));
        Assert.Equal(ExportLinkStatus.Tampered, signer.Verify(session, file, "-1", sig));
    }

    [Fact]
    public void A_link_expires_after_its_lifetime_and_only_then()
    {
        var signer = Signer();
        var (session, file, expires, sig) = Parse(signer.CreateUrl("https://x", "sessie-1", "samenvatting.html"));

        clock.Advance(TimeSpan.FromHours(24) - TimeSpan.FromSeconds(1));
        Assert.Equal(ExportLinkStatus.Valid, signer.Verify(session, file, expires, sig));
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(ExportLinkStatus.Expired, signer.Verify(session, file, expires, sig));
    }

    [Fact]
    public void An_expired_link_with_a_bad_signature_is_tampered_not_expired()
    {
        var signer = Signer();
        var (session, file, expires, _) = Parse(signer.CreateUrl("https://x", "sessie-1", "antwoorden.csv"));
        clock.Advance(TimeSpan.FromDays(2));

        Assert.Equal(ExportLinkStatus.Tampered, signer.Verify(session, file, expires, new string('A', 43)));
    }

    [Fact]
    public void The_lifetime_comes_from_the_options()
    {
        var signer = new ExportLinkSigner(
            Options.Create(new ExportOptions { SigningKey = Key, LinkLifetime = TimeSpan.FromMinutes(30) }), clock, NullLogger<ExportLinkSigner>.Instance);

        var link = signer.CreateLink("", "sessie-1", "antwoorden.csv");

        Assert.Equal(clock.GetUtcNow().AddMinutes(30), link.ExpiresAt);
        Assert.StartsWith("/exports/sessie-1/antwoorden.csv?expires=", link.Url, StringComparison.Ordinal);
    }

    [Fact]
    public void Odd_session_ids_are_escaped_in_the_url_and_still_verify()
    {
        var signer = Signer();

        var url = signer.CreateUrl("https://x", "a/b c?d", "antwoorden.csv");

        Assert.Contains("/exports/a%2Fb%20c%3Fd/antwoorden.csv?", url, StringComparison.Ordinal);
        var (_, file, expires, sig) = Parse(url);
        Assert.Equal(ExportLinkStatus.Valid, signer.Verify("a/b c?d", file, expires, sig));
    }

    [Fact]
    public void Another_key_does_not_accept_the_link()
    {
        var (session, file, expires, sig) = Parse(Signer().CreateUrl("https://x", "sessie-1", "antwoorden.csv"));

        Assert.Equal(ExportLinkStatus.Tampered, Signer(key: Key + "-anders").Verify(session, file, expires, sig));
    }

    [Fact]
    public void Without_a_key_each_process_gets_a_random_one_and_a_warning()
    {
        var logger = new ListLogger<ExportLinkSigner>();
        var first = Signer(key: "", logger);
        var second = Signer(key: "");
        var (session, file, expires, sig) = Parse(first.CreateUrl("https://x", "sessie-1", "antwoorden.csv"));

        Assert.Equal(ExportLinkStatus.Valid, first.Verify(session, file, expires, sig));
        Assert.Equal(ExportLinkStatus.Tampered, second.Verify(session, file, expires, sig));
        var warning = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("Exports:SigningKey", warning.Message, StringComparison.Ordinal);
    }
}
