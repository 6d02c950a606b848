using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace SocialeBasisBot.LocalTeams;

/// <summary>
/// A local stand-in for Entra ID's token issuer, for pages the bot signs people in to with Teams SSO: an RSA key made
/// here, its OpenID metadata (<c>/.well-known/openid-configuration</c>) and key set (<c>/discovery/keys</c>) on a
/// loopback server, and tokens signed with that key in the shape Teams' getAuthToken hands a tab (v2: iss, aud, oid,
/// tid, preferred_username, groups). The bot reaches it only through configuration: its authority setting names
/// <see cref="Authority"/>. Tokens are written here by hand (header.payload.signature, RS256) because this kit takes
/// no identity library; the bot checks them with ASP.NET Core's JwtBearer as it checks Entra's.
/// </summary>
public sealed class LocalEntraId : IAsyncDisposable
{
    private readonly RSA key = RSA.Create(2048);
    private readonly string keyId = Guid.NewGuid().ToString("N");
    private readonly LoopbackServer server;
    private readonly TimeProvider time;

    /// <param name="time">The clock tokens are dated by; the bot's JwtBearer checks their expiry against the real one.</param>
    public LocalEntraId(TimeProvider? time = null)
    {
        this.time = time ?? TimeProvider.System;
        server = new LoopbackServer(Respond, keepRequests: false);
        Authority = server.BaseAddress.ToString().TrimEnd('/') + "/local-tenant/v2.0";
    }

    /// <summary>The authority setting for the bot, and the issuer of every token (as Entra's v2 metadata says).</summary>
    public string Authority { get; }

    /// <summary>
    /// A signed token for <paramref name="audience"/> with <paramref name="scope"/> in scp (what the tab's app
    /// registration exposes); <paramref name="lifetime"/> negative makes an expired one.
    /// <paramref name="signedElsewhere"/> signs with a key the metadata does not publish, as a forged token would be.
    /// </summary>
    public string Token(string audience, TeamsUser user, string tenantId, IReadOnlyList<string>? groups = null, TimeSpan? lifetime = null,
        string? issuer = null, bool signedElsewhere = false, string scope = "access_as_user")
    {
        ArgumentNullException.ThrowIfNull(user);
        var now = time.GetUtcNow().ToUnixTimeSeconds();
        var expires = now + (long)(lifetime ?? TimeSpan.FromHours(1)).TotalSeconds;
        var header = new JsonObject { ["alg"] = "RS256", ["typ"] = "JWT", ["kid"] = keyId };
        var payload = new JsonObject
        {
            ["aud"] = audience,
            ["iss"] = issuer ?? Authority,
            ["iat"] = now - 60,
            ["nbf"] = now - 60,
            ["exp"] = expires,
            ["name"] = user.Name,
            ["oid"] = user.AadObjectId,
            ["preferred_username"] = $"{user.AadObjectId}@example.org",
            ["scp"] = scope,
            ["tid"] = tenantId,
            ["ver"] = "2.0",
        };
        if (groups is { Count: > 0 })
            payload["groups"] = new JsonArray([.. groups.Select(g => (JsonNode?)g)]);
        var unsigned = $"{Base64Url(Encoding.UTF8.GetBytes(header.ToJsonString()))}.{Base64Url(Encoding.UTF8.GetBytes(payload.ToJsonString()))}";
        using var other = signedElsewhere ? RSA.Create(2048) : null;
        var signature = (other ?? key).SignData(Encoding.ASCII.GetBytes(unsigned), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return $"{unsigned}.{Base64Url(signature)}";
    }

    private LoopbackResponse Respond(LoopbackRequest request)
    {
        var path = request.PathAndQuery.Split('?')[0];
        if (path.EndsWith("/.well-known/openid-configuration", StringComparison.Ordinal))
        {
            return new LoopbackResponse(200, new JsonObject
            {
                ["issuer"] = Authority,
                ["jwks_uri"] = server.BaseAddress + "local-tenant/discovery/v2.0/keys",
                ["authorization_endpoint"] = server.BaseAddress + "local-tenant/oauth2/v2.0/authorize",
                ["token_endpoint"] = server.BaseAddress + "local-tenant/oauth2/v2.0/token",
                ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
                ["response_types_supported"] = new JsonArray("code", "id_token", "code id_token", "id_token token"),
                ["subject_types_supported"] = new JsonArray("pairwise"),
            }.ToJsonString());
        }

        if (path.EndsWith("/discovery/v2.0/keys", StringComparison.Ordinal))
        {
            var parameters = key.ExportParameters(includePrivateParameters: false);
            return new LoopbackResponse(200, new JsonObject
            {
                ["keys"] = new JsonArray(new JsonObject
                {
                    ["kty"] = "RSA",
                    ["use"] = "sig",
                    ["kid"] = keyId,
                    ["n"] = Base64Url(parameters.Modulus!),
                    ["e"] = Base64Url(parameters.Exponent!),
                }),
            }.ToJsonString());
        }

        return new LoopbackResponse(404);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public async ValueTask DisposeAsync()
    {
        await server.DisposeAsync();
        key.Dispose();
    }
}
