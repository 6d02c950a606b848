using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SocialeBasisBot.Exports;
using SocialeBasisBot.Storage;
using SocialeBasisBot.Testing;
using SocialeBasisBot.Themes;
using SocialeBasisBot.Themes.Engine;
using SocialeBasisBot.Tests.Infrastructure;
using SocialeBasisBot.Wall;

namespace SocialeBasisBot.Tests.Wall;

/// <summary>
/// The wall over HTTP through Kestrel: the page and its server-sent events follow the chat (answers, `sluit`, `stop`)
/// without a reload, show no participant names, and only open with a genuine, unexpired link to that very session.
/// </summary>
public sealed class WallEndpointTests : LiveBotTest
{
    private const string SigningKey = "wall-tests-signing-key-0123456789abcdef";
    private readonly TeamsUser facilitator = new("29:facilitator", "Fenna Begeleider", "aad-facilitator");

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await RestartAsync(extra: new Dictionary<string, string?> { ["Exports:SigningKey"] = SigningKey, ["Wall:ThemeInterval"] = "00:00:00.500" });
    }

    [Fact]
    public async Task The_wall_follows_answers_and_sluit_live_and_never_shows_a_name()
    {
        var chat = NewGroupChat();
        await SendAsync(chat.Mention(facilitator, "start"));
        await AdvanceToAsync(chat, facilitator, "q1");
        var answers = DevAnswers.For("q1").Take(12).ToList();
        for (var i = 0; i < answers.Count; i++)
            await SendAsync(chat.Message(TeamsChat.User(i + 1), answers[i].Text));
        var link = await WallLinkAsync(chat);
        using var client = Host.Client();

        using var page = await client.GetAsync(new Uri(link));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("script-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("no-store", page.Headers.CacheControl?.ToString());
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("data-answers=\"12\"", html, StringComparison.Ordinal);
        Assert.Contains("assets/wall.js", html, StringComparison.Ordinal);

        using var css = await client.GetAsync(new Uri(Host.BaseAddress, "/wall/assets/wall.css"));
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);

        using var stream = await OpenStreamAsync(client, link);
        var first = await stream.NextAsync(h => h.Contains("theme-chart-set", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        Assert.Contains("voorlopig", first, StringComparison.Ordinal);

        await SendAsync(chat.Message(TeamsChat.User(40), "Meer eenzaamheid onder ouderen in de wijk"));
        await stream.NextAsync(h => h.Contains("data-answers=\"13\"", StringComparison.Ordinal), TimeSpan.FromSeconds(10));

        await SendAsync(chat.Mention(facilitator, "sluit"));
        var closed = await stream.NextAsync(
            h => h.Contains("data-phase=\"closed\"", StringComparison.Ordinal) && h.Contains("final", StringComparison.Ordinal),
            TimeSpan.FromSeconds(30));
        Assert.DoesNotContain("class=\"badge\"", closed, StringComparison.Ordinal);

        await SendAsync(chat.Mention(facilitator, "stop"));
        var ended = await stream.NextAsync(h => h.Contains("class=\"overview\"", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        Assert.Contains("overview-block", ended, StringComparison.Ordinal);

        Assert.All(stream.Events, e => Assert.DoesNotContain("Deelnemer", e.Data, StringComparison.Ordinal));
        Assert.All(stream.Events, e => Assert.DoesNotContain("Fenna", e.Data, StringComparison.Ordinal));
        Assert.DoesNotContain("Deelnemer", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Provisional_themes_of_a_large_question_come_from_its_newest_answers_and_final_ones_from_all()
    {
        await RestartAsync(extra: new Dictionary<string, string?>
        {
            ["Exports:SigningKey"] = SigningKey,
            ["Wall:ThemeInterval"] = "00:00:00.500",
            ["Wall:ProvisionalAnswerLimit"] = "100",
        });
        var chat = NewGroupChat();
        await SendAsync(chat.Mention(facilitator, "start"));
        await AdvanceToAsync(chat, facilitator, "q1");
        var texts = DevAnswers.For("q1").Select(a => a.Text).ToList();
        for (var i = 0; i < 110; i++)
            await SendAsync(chat.Message(TeamsChat.User(i + 1), $"{texts[i % texts.Count]} ({i})"));
        using var client = Host.Client();
        var link = await WallLinkAsync(chat);

        using var stream = await OpenStreamAsync(client, link);
        // Answers are embedded in the background as they arrive; the wall themes the newest 100 of those.
        var open = await stream.NextAsync(
            h => h.Contains("theme-chart-set", StringComparison.Ordinal) && h.Contains("uit 100 van de 110 antwoorden", StringComparison.Ordinal),
            TimeSpan.FromSeconds(60));
        Assert.Contains("data-answers=\"110\"", open, StringComparison.Ordinal);

        await SendAsync(chat.Mention(facilitator, "sluit"));
        var closed = await stream.NextAsync(h => h.Contains("wall-themes final", StringComparison.Ordinal), TimeSpan.FromSeconds(60));
        Assert.DoesNotContain("van de 110 antwoorden", closed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Provisional_themes_use_only_answers_the_engine_embedded_already_and_say_how_many()
    {
        // The real engine, except that answers marked "(laat)" are never prepared in the background: as answers the
        // preparation has not reached yet. The wall must not embed them; `sluit` must theme them.
        ProbeEngine? probe = null;
        await RestartAsync(
            services: s => s.AddSingleton<IThemeEngine>(sp => probe = new ProbeEngine(sp.GetRequiredService<OfflineThemeEngine>())),
            extra: new Dictionary<string, string?> { ["Exports:SigningKey"] = SigningKey, ["Wall:ThemeInterval"] = "00:00:00.500" });
        var chat = NewGroupChat();
        await SendAsync(chat.Mention(facilitator, "start"));
        await AdvanceToAsync(chat, facilitator, "q1");
        var texts = DevAnswers.For("q1").Select(a => a.Text).Take(16).ToList();
        for (var i = 0; i < texts.Count; i++)
            await SendAsync(chat.Message(TeamsChat.User(i + 1), i < 12 ? texts[i] : $"{texts[i]} (laat)"));
        using var client = Host.Client();
        var link = await WallLinkAsync(chat);

        using var stream = await OpenStreamAsync(client, link);
        var open = await stream.NextAsync(
            h => h.Contains("theme-chart-set", StringComparison.Ordinal) && h.Contains("uit 12 van de 16 antwoorden", StringComparison.Ordinal),
            TimeSpan.FromSeconds(60));
        Assert.Contains("data-answers=\"16\"", open, StringComparison.Ordinal);
        Assert.NotNull(probe);
        Assert.DoesNotContain(probe.Themed, t => t.Contains("(laat)", StringComparison.Ordinal));
        // Provisional themes are made on the wall's own thread, never on the thread pool that answer intake uses.
        Assert.NotEmpty(probe.Threads);
        Assert.All(probe.Threads, name => Assert.Equal("Wall theming", name));

        await SendAsync(chat.Mention(facilitator, "sluit"));
        var closed = await stream.NextAsync(h => h.Contains("wall-themes final", StringComparison.Ordinal), TimeSpan.FromSeconds(60));
        Assert.DoesNotContain("van de 16 antwoorden", closed, StringComparison.Ordinal);
        // The chat's summary (and the wall's final themes, unless they share its cached result) themed all 16.
        Assert.True(probe.Themed.Count(t => t.Contains("(laat)", StringComparison.Ordinal)) >= 4);
    }

    /// <summary>Delegates to the real engine, records what it themes, and leaves texts marked "(laat)" unprepared.</summary>
    private sealed class ProbeEngine(IThemeEngine inner) : IThemeEngine
    {
        private readonly ConcurrentQueue<string> themed = new();
        private readonly ConcurrentQueue<string?> threads = new();

        public IReadOnlyCollection<string> Themed => themed;

        /// <summary>The thread each theming started on.</summary>
        public IReadOnlyCollection<string?> Threads => threads;

        public async Task<ThemeResult> FindThemesAsync(ThemeRequest request, CancellationToken cancellationToken = default)
        {
            threads.Enqueue(Thread.CurrentThread.Name);
            foreach (var answer in request.Answers)
                themed.Enqueue(answer.Text);
            return await inner.FindThemesAsync(request, cancellationToken);
        }

        public Task PrepareAsync(IEnumerable<string> texts, CancellationToken cancellationToken = default) =>
            inner.PrepareAsync(texts.Where(t => !t.Contains("(laat)", StringComparison.Ordinal)), cancellationToken);

        public bool IsPrepared(string text) => inner.IsPrepared(text);
    }

    [Fact]
    public async Task Muur_gives_the_facilitator_a_working_link_and_wall_an_english_one()
    {
        var chat = NewGroupChat();
        await SendAsync(chat.Mention(facilitator, "start"));
        using var client = Host.Client();

        Connector.Clear();
        await SendAsync(chat.Mention(facilitator, "muur"));
        var dutch = Assert.Single(Connector.PostedTexts);
        Assert.StartsWith("Themamuur van ", dutch, StringComparison.Ordinal);
        using (var page = await client.GetAsync(new Uri(LinkIn(dutch))))
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("<html lang=\"nl\">", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Connector.Clear();
        await SendAsync(chat.Mention(facilitator, "wall"));
        var english = Assert.Single(Connector.PostedTexts);
        Assert.StartsWith("Theme wall of ", english, StringComparison.Ordinal);
        using (var page = await client.GetAsync(new Uri(LinkIn(english))))
            Assert.Contains("<html lang=\"en\">", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Someone who is not a facilitator gets no link.
        Connector.Clear();
        await SendAsync(chat.Mention(TeamsChat.User(3), "muur"));
        Assert.DoesNotContain(Connector.PostedTexts, t => t.Contains("/wall/", StringComparison.Ordinal));
    }

    private static string LinkIn(string message)
    {
        var start = message.IndexOf("](", StringComparison.Ordinal) + 2;
        return message[start..message.IndexOf(')', start)];
    }

    [Fact]
    public async Task Tampered_expired_and_other_session_links_are_refused_without_data()
    {
        var chat = NewGroupChat();
        var other = NewGroupChat();
        await SendAsync(chat.Mention(facilitator, "start"));
        await SendAsync(other.Mention(facilitator, "start"));
        var link = await WallLinkAsync(chat);
        var otherId = await SessionIdAsync(other);
        var ownId = await SessionIdAsync(chat);
        using var client = Host.Client();

        using (var ok = await client.GetAsync(new Uri(link)))
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);

        var sig = link[(link.IndexOf("sig=", StringComparison.Ordinal) + 4)..];
        var refused = new[]
        {
            link.Replace("sig=" + sig, "sig=" + (sig[0] == 'A' ? 'B' : 'A') + sig[1..], StringComparison.Ordinal),
            link.Replace("expires=", "expires=9", StringComparison.Ordinal),
            link.Replace(ownId, otherId, StringComparison.Ordinal),
            link.Replace("/wall/" + ownId + "?", "/wall/" + ownId + "/events?", StringComparison.Ordinal).Replace(ownId, otherId, StringComparison.Ordinal),
            link[..link.IndexOf('?', StringComparison.Ordinal)],
            // An export link's signature does not open the wall.
            link.Replace("sig=" + sig, "sig=" + ExportSig(ownId), StringComparison.Ordinal),
        };
        foreach (var url in refused)
        {
            using var response = await client.GetAsync(new Uri(url));
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{url}: {(int)response.StatusCode}");
            Assert.DoesNotContain("Sociale", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var past = new FakeTimeProvider(TimeProvider.System.GetUtcNow() - TimeSpan.FromDays(2));
        var expiredLink = Links(past).Create(Host.BaseAddress.ToString(), ownId).Url;
        using var expired = await client.GetAsync(new Uri(expiredLink));
        Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
        using var expiredEvents = await client.GetAsync(new Uri(expiredLink.Replace("?", "/events?", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.Gone, expiredEvents.StatusCode);
    }

    [Fact]
    public async Task The_tab_learns_only_whether_a_valid_link_belongs_to_its_chat()
    {
        var chat = NewGroupChat();
        var other = NewGroupChat();
        await SendAsync(chat.Mention(facilitator, "start"));
        var link = await WallLinkAsync(chat);
        using var client = Host.Client();

        async Task<string> CheckAsync(string url)
        {
            using var response = await client.GetAsync(new Uri(url));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return await response.Content.ReadAsStringAsync();
        }

        var check = link.Replace("?", "/chat?", StringComparison.Ordinal);
        Assert.Equal("{\"sameChat\":true}", await CheckAsync(check + "&chat=" + Uri.EscapeDataString(chat.ConversationId)));
        Assert.Equal("{\"sameChat\":false}", await CheckAsync(check + "&chat=" + Uri.EscapeDataString(other.ConversationId)));
        Assert.Equal("{\"sameChat\":false}", await CheckAsync(check));
        using var tampered = await client.GetAsync(new Uri(check.Replace("expires=", "expires=9", StringComparison.Ordinal) + "&chat=x"));
        Assert.Equal(HttpStatusCode.Forbidden, tampered.StatusCode);

        using var tab = await client.GetAsync(new Uri(link.Replace("?", "/tab?", StringComparison.Ordinal)));
        var html = await tab.Content.ReadAsStringAsync();
        Assert.Contains("src=\"../assets/teams-js/MicrosoftTeams.min.js\"", html, StringComparison.Ordinal);
        using var library = await client.GetAsync(new Uri(Host.BaseAddress, "/wall/assets/teams-js/MicrosoftTeams.min.js"));
        Assert.Equal(HttpStatusCode.OK, library.StatusCode);
        Assert.Contains("microsoftTeams", await library.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static string ExportSig(string sessionId)
    {
        var url = Signer(TimeProvider.System).CreateUrl("", sessionId, "antwoorden.csv");
        return url[(url.IndexOf("sig=", StringComparison.Ordinal) + 4)..];
    }

    private static ExportLinkSigner Signer(TimeProvider time) =>
        new(Options.Create(new ExportOptions { SigningKey = SigningKey }), time, NullLogger<ExportLinkSigner>.Instance);

    private static WallLinks Links(TimeProvider time) =>
        new(Signer(time), Options.Create(new ExportOptions { SigningKey = SigningKey }), new SessionExporter(Options.Create(new ExportOptions())));

    private async Task<string> SessionIdAsync(TeamsChat chat) =>
        (await Host.Service<SessionStore>().FindLatestSessionAsync(chat.ConversationId, CancellationToken.None))!.Id;

    private async Task<string> WallLinkAsync(TeamsChat chat) =>
        Host.Service<WallLinks>().Create(Host.BaseAddress.ToString(), await SessionIdAsync(chat)).Url;

    private static async Task<WallEvents> OpenStreamAsync(HttpClient client, string link)
    {
        var events = new Uri(link.Replace("?", "/events?", StringComparison.Ordinal));
        var response = await client.GetAsync(events, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        return new WallEvents(new StreamReader(await response.Content.ReadAsStreamAsync()));
    }
}
