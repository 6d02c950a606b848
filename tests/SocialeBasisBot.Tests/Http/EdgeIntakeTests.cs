using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using SocialeBasisBot.Storage;
using SocialeBasisBot.Tests.Infrastructure;

namespace SocialeBasisBot.Tests.Http;

/// <summary>
/// What /api/messages does with requests Teams would never send: too large, without the fields a reply needs, with a
/// broken token. Each gets a clear 4xx (or is ignored) and leaves nothing behind, over real HTTP.
/// </summary>
public sealed class EdgeIntakeTests : LiveBotTest
{
    private static readonly Dictionary<string, string?> WithAppId = new()
    {
        ["MicrosoftAppId"] = "8f0b3e4c-1111-2222-3333-444455556666",
        ["MicrosoftAppPassword"] = "not-a-real-secret",
        ["MicrosoftAppType"] = "MultiTenant",
    };

    private readonly TeamsUser facilitator = new("29:facilitator", "Fenna Begeleider", "aad-facilitator");

    [Fact]
    public async Task A_5_MB_message_gets_413_and_nothing_is_stored()
    {
        var chat = NewGroupChat();
        await SendAsync(chat.Mention(facilitator, "start"));
        await AdvanceToAsync(chat, facilitator, "q1");
        Connector.Clear();

        using (var response = await Host.PostActivityAsync(chat.Message(TeamsChat.User(3), new string('a', 5 * 1024 * 1024)).ToJsonString()))
        {
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        }

        Assert.Empty(await AnswersAsync(chat));
        Assert.Empty(Connector.Calls);
        // The host keeps answering and a normal answer is stored after it.
        await SendAsync(chat.Message(TeamsChat.User(3), "Buurthuis op woensdag"));
        Assert.Single(await AnswersAsync(chat));
    }

    [Fact]
    public async Task A_5_MB_message_without_a_length_header_gets_413_too()
    {
        var chat = NewGroupChat();
        var json = chat.Message(TeamsChat.User(3), new string('a', 5 * 1024 * 1024)).ToJsonString();
        using var content = new StreamContent(new UnknownLengthStream(Encoding.UTF8.GetBytes(json)));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await Host.Client().PostAsync(new Uri("/api/messages", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Null(await Host.Service<SessionStore>().FindLatestSessionAsync(chat.ConversationId, CancellationToken.None));
    }

    [Fact]
    public async Task A_message_without_serviceUrl_gets_400_and_changes_nothing()
    {
        var chat = NewGroupChat();
        var activity = chat.Mention(facilitator, "start");
        activity.Remove("serviceUrl");

        using var response = await Host.PostActivityAsync(activity.ToJsonString());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("   at ", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await Host.Service<SessionStore>().FindLatestSessionAsync(chat.ConversationId, CancellationToken.None));
        Assert.Empty(Connector.Calls);
    }

    [Fact]
    public async Task A_message_without_from_is_accepted_and_ignored()
    {
        var chat = NewGroupChat();
        await SendAsync(chat.Mention(facilitator, "start"));
        await AdvanceToAsync(chat, facilitator, "q1");
        Connector.Clear();
        var activity = chat.Message(TeamsChat.User(4), "Zonder afzender");
        activity.Remove("from");

        using var response = await Host.PostActivityAsync(activity.ToJsonString());

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Accepted, $"{(int)response.StatusCode}");
        Assert.Empty(await AnswersAsync(chat));
        Assert.Empty(Connector.Calls);
    }

    [Theory]
    [InlineData("Bearer not-a-jwt")]
    [InlineData("Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl")]
    [InlineData("Bearer a.b.c")]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer")]
    public async Task With_an_app_id_a_malformed_or_invalid_token_gets_401_without_a_stack_trace(string authorization)
    {
        await RestartAsync(extra: WithAppId);
        var chat = new TeamsChat("https://smba.trafficmanager.net/emea/", $"19:{Guid.NewGuid():N}@thread.v2");
        using var content = new StringContent(chat.Mention(facilitator, "start").ToJsonString(), Encoding.UTF8, "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/messages", UriKind.Relative)) { Content = content };
        request.Headers.TryAddWithoutValidation("Authorization", authorization);

        using var response = await Host.Client().SendAsync(request);

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, body[..Math.Min(3000, body.Length)]);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.Null(await Host.Service<SessionStore>().FindLatestSessionAsync(chat.ConversationId, CancellationToken.None));
    }

    [Fact]
    public async Task With_an_app_id_a_well_formed_token_naming_an_unknown_key_is_refused_without_a_stack_trace()
    {
        await RestartAsync(extra: WithAppId);
        var chat = new TeamsChat("https://smba.trafficmanager.net/emea/", $"19:{Guid.NewGuid():N}@thread.v2");
        using var content = new StringContent(chat.Mention(facilitator, "start").ToJsonString(), Encoding.UTF8, "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/messages", UriKind.Relative)) { Content = content };
        // Claims to come from the Bot Connector and names a signing key: the SDK must fetch Microsoft's keys to refuse
        // it. Where Microsoft cannot be reached (this test machine) that is 503, so Teams would try again; else 401.
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer eyJhbGciOiAiUlMyNTYiLCAia2lkIjogImFiYyIsICJ0eXAiOiAiSldUIn0.eyJpc3MiOiAiaHR0cHM6Ly9hcGkuYm90ZnJhbWV3b3JrLmNvbSIsICJhdWQiOiAiOGYwYjNlNGMtMTExMS0yMjIyLTMzMzMtNDQ0NDU1NTU2NjY2IiwgImV4cCI6IDQxMDI0NDQ4MDAsICJuYmYiOiAxLCAic2VydmljZXVybCI6ICJodHRwczovL3NtYmEudHJhZmZpY21hbmFnZXIubmV0L2VtZWEvIn0.c2lnbmF0dXJl");

        using var response = await Host.Client().SendAsync(request);

        Assert.True(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.ServiceUnavailable, $"{(int)response.StatusCode}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.Null(await Host.Service<SessionStore>().FindLatestSessionAsync(chat.ConversationId, CancellationToken.None));
    }

    [Fact]
    public async Task With_an_app_id_a_foreign_serviceUrl_is_refused_and_nothing_is_sent_there()
    {
        await RestartAsync(extra: WithAppId);
        // The local connector stands for an attacker's host: not one of Teams' service URLs.
        var chat = NewGroupChat();

        using var response = await PostWithTokenAsync(chat.Mention(facilitator, "start"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(await Host.Service<SessionStore>().FindLatestSessionAsync(chat.ConversationId, CancellationToken.None));
        Assert.False(await Connector.WaitForCallAsync(TimeSpan.FromMilliseconds(300)));
        Assert.Empty(Connector.Calls);
    }

    [Fact]
    public async Task With_an_app_id_extra_service_hosts_are_allowed_by_setting_and_still_need_a_valid_token()
    {
        await RestartAsync(extra: new Dictionary<string, string?>(WithAppId)
        {
            ["Hosting:AllowedServiceUrlHosts:0"] = "*.example.net",
        });
        var allowed = new TeamsChat("https://teams.example.net/emea/", $"19:{Guid.NewGuid():N}@thread.v2");
        var foreign = new TeamsChat("https://teams.example.org/emea/", $"19:{Guid.NewGuid():N}@thread.v2");

        using (var response = await PostWithTokenAsync(foreign.Mention(facilitator, "start")))
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        // Past the allow-list the SDK checks the token itself: this one is well-formed but not signed by Microsoft.
        using (var response = await PostWithTokenAsync(allowed.Mention(facilitator, "start")))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        Assert.Null(await Host.Service<SessionStore>().FindLatestSessionAsync(allowed.ConversationId, CancellationToken.None));
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/", true)]
    [InlineData("https://smba.infra.gcc.teams.microsoft.com/teams", true)]
    [InlineData("https://europe.webchat.botframework.com/", true)]
    [InlineData("https://botframework.com.evil.example/", false)]
    [InlineData("https://evilbotframework.com/", false)]
    [InlineData("http://smba.trafficmanager.net/emea/", false)]
    [InlineData("https://smba.trafficmanager.net.evil.example/", false)]
    public void The_default_allow_list_holds_Teams_service_urls_only(string serviceUrl, bool allowed) =>
        Assert.Equal(allowed, new Hosting.ServiceUrlAllowList(Hosting.HostingOptions.TeamsServiceUrlHosts).Allows(new Uri(serviceUrl)));

    /// <summary>A token with a JWT's shape and no valid signature: what a forger can send.</summary>
    private async Task<HttpResponseMessage> PostWithTokenAsync(JsonObject activity)
    {
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/messages", UriKind.Relative)) { Content = content };
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl");
        return await Host.Client().SendAsync(request);
    }

    private async Task<IReadOnlyList<Answers.Answer>> AnswersAsync(TeamsChat chat)
    {
        var store = Host.Service<SessionStore>();
        var session = await store.FindLatestSessionAsync(chat.ConversationId, CancellationToken.None);
        return session is null ? [] : await store.ListAnswersAsync(session.Id, null, CancellationToken.None);
    }

    /// <summary>A body sent chunked, without Content-Length, so the limit must hold while reading.</summary>
    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
