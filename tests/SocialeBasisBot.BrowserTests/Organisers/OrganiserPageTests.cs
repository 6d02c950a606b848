using System.Text.Json;
using SocialeBasisBot.BrowserTests.Infrastructure;
using SocialeBasisBot.LocalTeams;
using SocialeBasisBot.Organisers;
using SocialeBasisBot.Storage;

namespace SocialeBasisBot.BrowserTests.Organisers;

/// <summary>
/// "Mijn sessies" in Chromium, served by the real bot. In Teams: the page framed by a stand-in for the Teams client
/// that answers the Teams JavaScript library's own messages (initialize, authentication.getAuthToken) with a token from
/// a local Entra ID stand-in, which the bot reaches through its authority setting only. In a browser: the signed link.
/// The list, the comparison chart, a download, delete after confirming, refusals, and axe-core.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class OrganiserPageTests(Browser browser) : IAsyncLifetime
{
    private const string Audience = "api://127.0.0.1/6d1f3c39-5d4b-4f0e-9d0b-2f0a1b7c9e11";
    private const string OtherTenant = "0b5e7d9a-1111-4c2d-8e3f-000000000002";
    private readonly TeamsUser fenna = new("29:fenna", "Fenna Begeleider", "aad-fenna");
    private readonly TeamsUser gerrit = new("29:gerrit", "Gerrit Begeleider", "aad-gerrit");
    private readonly TeamsUser olga = new("29:olga", "Olga Organisator", "aad-olga");
    private readonly TeamsUser xander = new("29:xander", "Xander Anders", "aad-xander");
    private LocalEntraId entra = null!;
    private WallBot bot = null!;

    public async Task InitializeAsync()
    {
        entra = new LocalEntraId();
        bot = await WallBot.StartAsync(new Dictionary<string, string?>
        {
            ["Organisers:SignIn:Authority"] = entra.Authority,
            ["Organisers:SignIn:Audiences:0"] = Audience,
            ["Organisers:SignIn:RequireHttpsMetadata"] = "false",
            ["Organisers:Users:0"] = olga.AadObjectId,
        });
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await entra.DisposeAsync();
    }

    [Fact]
    public async Task In_Teams_the_tab_signs_in_with_single_sign_on_and_lists_the_tenants_sessions_newest_first()
    {
        var first = await RunSessionAsync(fenna, TeamsChat.TenantId, "Webinar Utrecht", ["Het buurthuis is te vaak dicht", "Meer ontmoetingsplekken"]);
        var second = await RunSessionAsync(gerrit, TeamsChat.TenantId, "Webinar Zeist", ["Vrijwilligers haken af"]);
        var foreign = await RunSessionAsync(xander, OtherTenant, "Elders", ["Iets anders"]);
        var token = entra.Token(Audience, olga, TeamsChat.TenantId);

        await using var page = await browser.OpenUrlAsync(new Uri(bot.BaseAddress, "/health/live"), 1280, 900);
        await page.EvalAsync(TeamsClient(token));
        Assert.True(await page.EvalAsync<bool>(PollInFrame("document.documentElement.dataset.state === 'ready'")),
            await page.EvalAsync<string>(InFrame("document.getElementById('status').innerText")));

        Assert.Equal("teams", await page.EvalAsync<string>(InFrame("document.documentElement.dataset.host")));
        Assert.Contains("authentication.getAuthToken", await page.EvalAsync<string[]>("window.teamsCalls"));
        var rows = await page.EvalAsync<string[]>(InFrame("[...document.querySelectorAll('tbody tr')].map(r => r.dataset.session)"));
        Assert.Equal([second, first], rows);
        Assert.DoesNotContain(foreign, rows);
        Assert.Equal("2", await page.EvalAsync<string>(InFrame($"document.querySelector('tr[data-session=\"{first}\"] .answers').innerText")));
        Assert.Contains("Webinar Utrecht (groepschat)", await page.EvalAsync<string>(InFrame("document.querySelector('tbody').innerText")), StringComparison.Ordinal);
        await page.ScreenshotAsync("organisers-in-teams-1280");
        Assert.Empty((await page.EventsAsync()).PageErrors);
    }

    [Fact]
    public async Task Teams_in_English_gets_the_English_page()
    {
        await RunSessionAsync(fenna, TeamsChat.TenantId, "Webinar Utrecht", ["Het buurthuis is te vaak dicht"]);
        await using var page = await browser.OpenUrlAsync(new Uri(bot.BaseAddress, "/health/live"), 1024, 768);
        await page.EvalAsync(TeamsClient(entra.Token(Audience, fenna, TeamsChat.TenantId), "en-GB"));

        Assert.True(await page.EvalAsync<bool>(PollInFrame("document.documentElement.lang === 'en' && document.documentElement.dataset.state === 'ready'")));
        Assert.StartsWith("Sessions", await page.EvalAsync<string>(InFrame("document.getElementById('sessions-title').innerText")), StringComparison.Ordinal);
        Assert.Equal("My sessions", await page.EvalAsync<string>(InFrame("document.querySelector('h1').innerText")));
    }

    [Fact]
    public async Task Outside_Teams_the_signed_link_shows_a_comparison_chart_a_download_and_deletes_after_confirming()
    {
        var first = await RunSessionAsync(fenna, TeamsChat.TenantId, "Webinar Utrecht", ["Het buurthuis is te vaak dicht", "Er is te weinig ontmoeting in de wijk", "De buurtkamer sluit te vroeg"]);
        var second = await RunSessionAsync(fenna, TeamsChat.TenantId, "Webinar Zeist", ["Vrijwilligers haken af door de regels", "Er is weinig ontmoeting"]);
        await using var page = await OpenAsLinkAsync(fenna, TeamsChat.TenantId, 1280);

        Assert.Equal("browser", await page.EvalAsync<string>("document.documentElement.dataset.host"));
        // The language link keeps the sign-in: the English page shows the same sessions.
        Assert.Contains("sig=", await page.EvalAsync<string>("document.getElementById('other-language').href"), StringComparison.Ordinal);
        Assert.Equal([second, first], await page.EvalAsync<string[]>("[...document.querySelectorAll('tbody tr')].map(r => r.dataset.session)"));

        // Compare: per expected theme one bar per session, oldest first, each with its count.
        await page.EvalAsync("document.querySelector('button[data-action=compare]').click()");
        Assert.True(await WaitLongAsync(page, "document.querySelector('.compare-chart')"), "the comparison chart appears");
        var bars = await page.EvalAsync<string[]>("[...document.querySelector('.compare-chart .theme-group').querySelectorAll('.bar-row')].map(b => b.dataset.session)");
        Assert.Equal([first, second], bars);
        var counts = await page.EvalAsync<int[]>("[...document.querySelectorAll('.compare-chart .bar-row')].map(b => Number(b.dataset.count))");
        Assert.True(counts.Sum() > 0, "some expected theme got answers");
        Assert.Equal("compare-title", await page.EvalAsync<string>("document.activeElement.id"));
        await page.ScreenshotAsync("organisers-compare-1280");
        Assert.DoesNotContain(await page.AxeAsync(), v => v.IsSeriousOrWorse);

        // A session's themes per building block and its four downloads, which download.
        await page.EvalAsync($"document.querySelector('button[data-action=detail][data-session=\"{first}\"]').click()");
        Assert.True(await WaitLongAsync(page, "document.querySelector('.downloads')"), "the session's details appear");
        Assert.Equal(4, await page.EvalAsync<int>("document.querySelectorAll('.downloads a').length"));
        var csv = await page.EvalAsync<string>("fetch(document.querySelector('.downloads a[href*=\"antwoorden.csv\"]').href).then(r => r.text())");
        Assert.Contains("Het buurthuis is te vaak dicht", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("Priscilla", csv, StringComparison.Ordinal);
        Assert.True(await page.EvalAsync<int>("document.querySelectorAll('.block').length") > 0, "themes are shown per building block");
        Assert.DoesNotContain(await page.AxeAsync(), v => v.IsSeriousOrWorse);

        // Delete asks first; "Nee" keeps it, "Ja" removes it and the list shows one session.
        await page.EvalAsync("document.querySelector('button[data-action=delete]').click()");
        Assert.False(await page.EvalAsync<bool>("document.getElementById('confirm').hidden"));
        await page.EvalAsync("document.querySelector('button[data-action=cancel-delete]').click()");
        Assert.True(await page.EvalAsync<bool>("document.getElementById('confirm').hidden"));
        Assert.NotNull(await bot.Service<SessionStore>().FindSessionAsync(first, CancellationToken.None));
        await page.EvalAsync("document.querySelector('button[data-action=delete]').click()");
        await page.EvalAsync("document.querySelector('button[data-action=confirm-delete]').click()");
        Assert.True(await page.WaitForAsync("document.querySelectorAll('tbody tr').length === 1 && document.getElementById('status').innerText.startsWith('De sessie')", TimeSpan.FromSeconds(20)));
        Assert.Null(await bot.Service<SessionStore>().FindSessionAsync(first, CancellationToken.None));

        await page.SetWidthAsync(320, 640);
        await page.ScreenshotAsync("organisers-list-320");
        Assert.DoesNotContain(await page.AxeAsync(), v => v.IsSeriousOrWorse);
        var events = await page.EventsAsync();
        Assert.Empty(events.PageErrors);
        Assert.Empty(events.Blocked);
    }

    [Fact]
    public async Task Another_tenants_session_and_someone_elses_are_refused_without_data_and_a_bad_link_signs_no_one_in()
    {
        var fennas = await RunSessionAsync(fenna, TeamsChat.TenantId, "Webinar Utrecht", ["Het buurthuis is te vaak dicht"]);
        var foreign = await RunSessionAsync(xander, OtherTenant, "Elders", ["Geheim antwoord van elders"]);

        // A non-organiser sees only her own; Fenna's session and the other tenant's are 404, with no data in the answer.
        await using (var page = await OpenAsLinkAsync(gerrit, TeamsChat.TenantId, 800))
        {
            Assert.Equal(0, await page.EvalAsync<int>("document.querySelectorAll('tbody tr').length"));
            Assert.Contains("nog geen sessies", await page.EvalAsync<string>("document.getElementById('sessions').innerText"), StringComparison.Ordinal);
            foreach (var id in new[] { fennas, foreign })
            {
                Assert.Equal(404, await page.EvalAsync<int>($"fetch('/organisers/api/sessions/{id}?' + document.body.dataset.query).then(r => r.status)"));
                var body = await page.EvalAsync<string>($"fetch('/organisers/api/sessions/{id}?' + document.body.dataset.query).then(r => r.text())");
                Assert.DoesNotContain("buurthuis", body, StringComparison.Ordinal);
                Assert.DoesNotContain("Elders", body, StringComparison.Ordinal);
            }

            Assert.DoesNotContain(await page.AxeAsync(), v => v.IsSeriousOrWorse);
        }

        // The organiser of the other tenant: Fenna's session is not hers to see or delete.
        await using (var page = await OpenAsLinkAsync(xander, OtherTenant, 800))
        {
            Assert.Equal([foreign], await page.EvalAsync<string[]>("[...document.querySelectorAll('tbody tr')].map(r => r.dataset.session)"));
            var status = await page.EvalAsync<int>($"fetch('/organisers/api/sessions/{fennas}/delete?' + document.body.dataset.query, {{ method: 'POST' }}).then(r => r.status)");
            Assert.Equal(404, status);
            Assert.NotNull(await bot.Service<SessionStore>().FindSessionAsync(fennas, CancellationToken.None));
        }

        // A tampered link: nobody is signed in and the page says so.
        var link = bot.Service<OrganiserLinks>().Create(bot.BaseAddress.ToString(), olga.AadObjectId, TeamsChat.TenantId, "nl").Url;
        await using (var page = await browser.OpenUrlAsync(new Uri(link.Replace("sig=", "sig=x", StringComparison.Ordinal)), 800, 600))
        {
            Assert.True(await page.WaitForAsync("document.documentElement.dataset.state === 'error'", TimeSpan.FromSeconds(20)));
            Assert.StartsWith("U bent niet aangemeld", await page.EvalAsync<string>("document.getElementById('status').innerText"), StringComparison.Ordinal);
            Assert.Equal(0, await page.EvalAsync<int>("document.querySelectorAll('tbody tr').length"));
        }
    }

    private async Task<BrowserPage> OpenAsLinkAsync(TeamsUser who, string tenant, int width)
    {
        var link = bot.Service<OrganiserLinks>().Create(bot.BaseAddress.ToString(), who.AadObjectId, tenant, "nl").Url;
        var page = await browser.OpenUrlAsync(new Uri(link), width, 900);
        Assert.True(await page.WaitForAsync("document.documentElement.dataset.state === 'ready'", TimeSpan.FromSeconds(20)),
            await page.EvalAsync<string>("document.getElementById('status').innerText"));
        return page;
    }

    private async Task<string> RunSessionAsync(TeamsUser facilitator, string tenant, string name, string[] answers)
    {
        var chat = new TeamsChat(bot.Connector.ServiceUrl, $"19:{Guid.NewGuid():N}@thread.v2") { Tenant = tenant, Name = name };
        await bot.SendAsync(chat.Mention(facilitator, "start"));
        var session = await bot.AdvanceToAsync(chat, facilitator, "q1");
        for (var i = 0; i < answers.Length; i++)
            await bot.SendAsync(chat.Message(new TeamsUser($"29:participant-{i}", $"Priscilla Deelneemster {i}", $"aad-participant-{i}"), answers[i]));
        await bot.SendAsync(chat.Mention(facilitator, "stop"));
        return session;
    }

    /// <summary>The theme engine may take a while on a loaded machine: up to two minutes, in waits the driver allows.</summary>
    private static async Task<bool> WaitLongAsync(BrowserPage page, string condition)
    {
        for (var i = 0; i < 6; i++)
        {
            if (await page.WaitForAsync(condition, TimeSpan.FromSeconds(20)))
                return true;
        }

        return false;
    }

    /// <summary>Changes inside the frame do not reach an observer on the page, so this looks ten times a second, for at most 20 s.</summary>
    private static string PollInFrame(string condition) => $$"""
        new Promise((resolve) => {
          const started = Date.now();
          const look = () => {
            let ok = false;
            try { ok = !!({{InFrame(condition)}}); } catch { ok = false; }
            if (ok || Date.now() - started > 20000) resolve(ok); else setTimeout(look, 100);
          };
          look();
        })
        """;

    private static string InFrame(string expression) =>
        $"(() => {{ const framed = document.querySelector('iframe').contentWindow; return ((window, document) => ({expression}))(framed, framed.document); }})()";

    /// <summary>
    /// Turns the page into a stand-in for the Teams client: it frames /organisers and answers the Teams JavaScript
    /// library's postMessage calls as Teams does (the reply carries the call's id and uuid, and the result in args):
    /// initialize with the frame context, host type and runtime, getAuthToken with success and the token. The frame
    /// is on the bot's origin, which the library trusts as its own.
    /// </summary>
    private static string TeamsClient(string token, string locale = "nl-NL") => $$"""
        (() => {
          window.teamsCalls = [];
          window.teamsLocale = {{JsonSerializer.Serialize(locale)}};
          const token = {{JsonSerializer.Serialize(token)}};
          window.addEventListener('message', (event) => {
            const call = event.data;
            if (!call || typeof call.func !== 'string') return;
            window.teamsCalls.push(call.func);
            const reply = (args) => event.source.postMessage({ id: call.id, uuidAsString: call.uuidAsString, args }, event.origin);
            if (call.func === 'initialize') reply(['content', 'web', JSON.stringify({ apiVersion: 4, supports: { appEntity: {}, pages: { appButton: {}, tabs: {}, config: {}, backStack: {}, fullTrust: {} }, teamsCore: {} } }), '2.58.0']);
            else if (call.func === 'authentication.getAuthToken') reply([true, token]);
            else if (call.func === 'getContext') reply([{ locale: window.teamsLocale, hostName: 'Teams', hostClientType: 'web', frameContext: 'content' }]);
            else reply([]);
          });
          document.body.innerHTML = '';
          const frame = document.createElement('iframe');
          frame.title = 'Mijn sessies';
          frame.style.width = '1200px';
          frame.style.height = '850px';
          frame.src = '/organisers';
          document.body.appendChild(frame);
          return true;
        })()
        """;
}
