using System.Net;
using System.Net.Http.Headers;
using SocialeBasisBot.Organisers;
using SocialeBasisBot.Storage;
using SocialeBasisBot.Tests.Infrastructure;

namespace SocialeBasisBot.Tests.Organisers;

/// <summary>
/// The sessions page's sign-in over real HTTP: Teams SSO tokens from a local Entra ID stand-in (its own RSA key and
/// OpenID metadata on loopback, named by the authority setting), checked by the bot's JwtBearer for signature, issuer,
/// audience and expiry; and the signed link `mijn gegevens` gives. Who sees which sessions: their own, their tenant's when
/// listed (by object id or group), never another tenant's.
/// </summary>
public sealed class OrganiserSignInTests : IAsyncLifetime
{
    private const string Audience = "api://bot.example.org/6d1f3c39-5d4b-4f0e-9d0b-2f0a1b7c9e11";
    private const string OtherTenant = "0b5e7d9a-1111-4c2d-8e3f-000000000002";
    private const string OrganiserGroup = "3f2a9c1e-2222-4b1d-9f00-00000000abcd";
    private readonly TeamsUser fenna = new("29:fenna", "Fenna Begeleider", "aad-fenna");
    private readonly TeamsUser gerrit = new("29:gerrit", "Gerrit Begeleider", "aad-gerrit");
    private readonly TeamsUser olga = new("29:olga", "Olga Organisator", "aad-olga");
    private readonly TeamsUser xander = new("29:xander", "Xander Anders", "aad-xander");
    private readonly TeamsUser pim = TeamsChat.User(7);
    private LocalEntraId entra = null!;
    private LocalTeamsConnector connector = null!;
    private BotHost host = null!;

    public async Task InitializeAsync()
    {
        entra = new LocalEntraId();
        connector = await LocalTeamsConnector.StartAsync();
        host = new BotHost(Path.Combine(Path.GetTempPath(), $"sbb-organisers-{Guid.NewGuid():N}.db"), new Dictionary<string, string?>
        {
            ["Organisers:SignIn:Authority"] = entra.Authority,
            ["Organisers:SignIn:Audiences:0"] = Audience,
            // The stand-in's metadata is plain http on loopback; Entra's is https.
            ["Organisers:SignIn:RequireHttpsMetadata"] = "false",
            ["Organisers:Users:0"] = olga.AadObjectId,
            ["Organisers:Groups:0"] = OrganiserGroup,
        });
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await connector.DisposeAsync();
        await entra.DisposeAsync();
    }

    [Fact]
    public async Task Each_person_sees_what_they_may_and_another_tenants_session_is_a_404()
    {
        var fennas = await RunSessionAsync(fenna, TeamsChat.TenantId, "Webinar Utrecht");
        var gerrits = await RunSessionAsync(gerrit, TeamsChat.TenantId, null);
        var foreign = await RunSessionAsync(xander, OtherTenant, "Elders");

        // The tenant and the chat's name come from the activity.
        var stored = await host.Service<SessionStore>().FindSessionAsync(fennas, CancellationToken.None);
        Assert.Equal(TeamsChat.TenantId, stored!.TenantId);
        Assert.Equal("Webinar Utrecht", stored.ChatName);
        Assert.Equal(Sessions.ChatKind.GroupChat, stored.ChatKind);

        // A facilitator who is no organiser: only the session she started.
        var own = await GetAsync("/organisers/api/sessions", Token(fenna, TeamsChat.TenantId));
        Assert.Equal(HttpStatusCode.OK, own.Status);
        Assert.Contains(fennas, own.Body, StringComparison.Ordinal);
        Assert.Contains("Webinar Utrecht (groepschat)", own.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(gerrits, own.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(foreign, own.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync($"/organisers/api/sessions/{gerrits}", Token(fenna, TeamsChat.TenantId))).Status);

        // An organiser listed by object id: every session of her tenant, none of the other.
        var all = await GetAsync("/organisers/api/sessions?lang=en", Token(olga, TeamsChat.TenantId));
        Assert.Contains(fennas, all.Body, StringComparison.Ordinal);
        Assert.Contains(gerrits, all.Body, StringComparison.Ordinal);
        Assert.Contains("every session of your organisation", all.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(foreign, all.Body, StringComparison.Ordinal);
        Assert.True(all.Body.IndexOf(gerrits, StringComparison.Ordinal) < all.Body.IndexOf(fennas, StringComparison.Ordinal), "newest first");

        // Another tenant's session: 404 with no data, for reading and for deleting; it stays.
        var refused = await GetAsync($"/organisers/api/sessions/{foreign}", Token(olga, TeamsChat.TenantId));
        Assert.Equal(HttpStatusCode.NotFound, refused.Status);
        Assert.DoesNotContain("Elders", refused.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync($"/organisers/api/sessions/{foreign}/delete", Token(olga, TeamsChat.TenantId))).Status);
        Assert.NotNull(await host.Service<SessionStore>().FindSessionAsync(foreign, CancellationToken.None));

        // An organiser by group membership, in the other tenant: that tenant's sessions only.
        var byGroup = await GetAsync("/organisers/api/sessions", Token(pim, OtherTenant, [OrganiserGroup]));
        Assert.Contains(foreign, byGroup.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(fennas, byGroup.Body, StringComparison.Ordinal);

        // The detail: themes per building block, the four downloads (signed export links that work), delete.
        var detail = await GetAsync($"/organisers/api/sessions/{fennas}", Token(olga, TeamsChat.TenantId));
        Assert.Equal(HttpStatusCode.OK, detail.Status);
        Assert.Equal(4, System.Text.RegularExpressions.Regex.Count(detail.Body, "href=\"[^\"]*/exports/"));
        var csv = System.Text.RegularExpressions.Regex.Match(detail.Body, "href=\"([^\"]*antwoorden\\.csv[^\"]*)\"").Groups[1].Value;
        using (var download = await host.Client().GetAsync(new Uri(WebUtility.HtmlDecode(csv))))
        {
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Contains("buurthuis", await download.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.OK, (await PostAsync($"/organisers/api/sessions/{fennas}/delete", Token(fenna, TeamsChat.TenantId))).Status);
        Assert.Null(await host.Service<SessionStore>().FindSessionAsync(fennas, CancellationToken.None));
    }

    [Fact]
    public async Task Tokens_that_are_forged_expired_for_another_audience_issuer_or_scope_or_missing_get_401()
    {
        await RunSessionAsync(fenna, TeamsChat.TenantId, null);
        var tenant = TeamsChat.TenantId;
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/organisers/api/sessions", Token(fenna, tenant))).Status);

        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync("/organisers/api/sessions", null)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync("/organisers/api/sessions", entra.Token(Audience, fenna, tenant, signedElsewhere: true))).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync("/organisers/api/sessions", entra.Token(Audience, fenna, tenant, lifetime: TimeSpan.FromMinutes(-10)))).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync("/organisers/api/sessions", entra.Token("api://elsewhere.example/other-app", fenna, tenant))).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync("/organisers/api/sessions", entra.Token(Audience, fenna, tenant, issuer: "https://login.example.com/evil/v2.0"))).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync("/organisers/api/sessions", "not-a-token")).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync("/organisers/api/sessions", entra.Token(Audience, fenna, tenant, scope: "User.Read"))).Status);
        // The page itself holds no data and needs no sign-in.
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/organisers", null)).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await GetAsync("/organisers?lang=de", null)).Status);
    }

    [Fact]
    public async Task The_signed_link_opens_the_same_list_and_a_tampered_or_foreign_one_does_not()
    {
        var fennas = await RunSessionAsync(fenna, TeamsChat.TenantId, null);
        var link = host.Service<OrganiserLinks>().Create("http://localhost", fenna.AadObjectId, TeamsChat.TenantId, "nl");
        var query = new Uri(link.Url).Query;

        var list = await GetAsync("/organisers/api/sessions" + query, null);
        Assert.Equal(HttpStatusCode.OK, list.Status);
        Assert.Contains(fennas, list.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync("/organisers/api/sessions" + query.Replace("sig=", "sig=x", StringComparison.Ordinal), null)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync("/organisers/api/sessions" + query.Replace(TeamsChat.TenantId, OtherTenant, StringComparison.Ordinal), null)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync("/organisers/api/sessions" + query.Replace("oid=aad-fenna", "oid=aad-olga", StringComparison.Ordinal), null)).Status);
    }

    [Fact]
    public async Task Mijn_gegevens_in_a_1_on_1_chat_gives_a_facilitator_the_signed_link_to_their_sessions()
    {
        var fennas = await RunSessionAsync(fenna, TeamsChat.TenantId, null);
        var personal = new TeamsChat(connector.ServiceUrl, $"a:{Guid.NewGuid():N}", "personal");
        connector.Clear();
        await host.SendAsync(personal.Message(fenna, "mijn gegevens"));

        var text = Assert.Single(connector.PostedTexts);
        Assert.Contains("Je startte 1 sessie", text, StringComparison.Ordinal);
        var link = System.Text.RegularExpressions.Regex.Match(text, @"\]\((http[^)]+/organisers\?[^)]+)\)").Groups[1].Value;
        Assert.Contains("oid=aad-fenna", link, StringComparison.Ordinal);
        var page = await GetAsync(new Uri(link).PathAndQuery, null);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var list = await GetAsync("/organisers/api/sessions" + new Uri(link).Query, null);
        Assert.Equal(HttpStatusCode.OK, list.Status);
        Assert.Contains(fennas, list.Body, StringComparison.Ordinal);

        // A listed organiser who started nothing gets the link to the tenant's sessions.
        connector.Clear();
        await host.SendAsync(personal.Message(olga, "mijn gegevens"));
        var organiser = Assert.Single(connector.PostedTexts);
        Assert.StartsWith("Als organisator", organiser, StringComparison.Ordinal);
        Assert.Contains("oid=aad-olga", organiser, StringComparison.Ordinal);

        // Someone who started nothing and answered nothing still hears that nothing is kept.
        connector.Clear();
        await host.SendAsync(personal.Message(xander, "mijn gegevens"));
        Assert.Equal("Ik bewaar geen antwoorden van je.", Assert.Single(connector.PostedTexts));
    }

    private string Token(TeamsUser user, string tenant, IReadOnlyList<string>? groups = null) => entra.Token(Audience, user, tenant, groups);

    private async Task<string> RunSessionAsync(TeamsUser facilitator, string tenant, string? name)
    {
        var chat = new TeamsChat(connector.ServiceUrl, $"19:{Guid.NewGuid():N}@thread.v2") { Tenant = tenant, Name = name };
        await host.SendAsync(chat.Mention(facilitator, "start"));
        await host.AdvanceToAsync(connector, chat, facilitator, "q1");
        await host.SendAsync(chat.Message(TeamsChat.User(2), "Het buurthuis is te vaak dicht"));
        await host.SendAsync(chat.Message(TeamsChat.User(3), "Meer ontmoetingsplekken in de wijk"));
        await host.SendAsync(chat.Mention(facilitator, "stop"));
        return (await host.Service<SessionStore>().FindLatestSessionAsync(chat.ConversationId, CancellationToken.None))!.Id;
    }

    private async Task<(HttpStatusCode Status, string Body)> GetAsync(string path, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        return await SendAsync(request, token);
    }

    private async Task<(HttpStatusCode Status, string Body)> PostAsync(string path, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative));
        return await SendAsync(request, token);
    }

    private async Task<(HttpStatusCode Status, string Body)> SendAsync(HttpRequestMessage request, string? token)
    {
        if (token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var client = host.Client();
        using var response = await client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
