using System.Net;
using System.Text.Json.Nodes;
using SocialeBasisBot.Storage;
using SocialeBasisBot.Tests.Infrastructure;

namespace SocialeBasisBot.Tests.Http;

/// <summary>What the host does with bad requests, credentials and health checks.</summary>
public sealed class HostBehaviourTests : IAsyncLifetime
{
    private readonly string databasePath = Path.Combine(Path.GetTempPath(), $"sbb-{Guid.NewGuid():N}.db");
    private LocalTeamsConnector connector = null!;

    public async Task InitializeAsync() => connector = await LocalTeamsConnector.StartAsync();

    public async Task DisposeAsync()
    {
        await connector.DisposeAsync();
        foreach (var file in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(databasePath) + "*"))
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Health_is_ok_when_storage_answers()
    {
        await using var host = new BotHost(databasePath);
        using var response = await host.Client().GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Health_is_503_when_storage_becomes_unreachable()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"sbb-health-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "bot.db");
        await using var host = new BotHost(file, new Dictionary<string, string?>
        {
            // No pooling: a pooled connection would keep the deleted file open and hide the failure.
            ["ConnectionStrings:SocialeBasisBot"] = $"Data Source={file};Pooling=False",
        });
        using (var before = await host.Client().GetAsync(new Uri("/healthz", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        // The host's background workers (outbox, question timers) open the database now and then; while one holds a
        // journal file the folder is not empty, so the delete is retried until it finds a gap (bounded).
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
                break;
            }
            catch (IOException) when (attempt < 50)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(20), TimeProvider.System);
            }
        }

        using var after = await host.Client().GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, after.StatusCode);
    }

    [Fact]
    public async Task Malformed_json_gets_400_stores_nothing_and_the_host_keeps_answering()
    {
        await using var host = new BotHost(databasePath);
        var chat = new TeamsChat(connector.ServiceUrl, "19:kapot@thread.v2");

        using (var response = await host.PostActivityAsync("{\"type\":\"message\",\"text\":\"start\", oops"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }

        Assert.Null(await host.Service<SessionStore>().FindLatestSessionAsync("19:kapot@thread.v2", CancellationToken.None));
        Assert.Empty(connector.Calls);

        using (var response = await host.PostActivityAsync(chat.Mention(TeamsChat.User(1), "start").ToJsonString()))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.NotNull(await host.Service<SessionStore>().FindRunningSessionAsync("19:kapot@thread.v2", CancellationToken.None));
    }

    [Fact]
    public async Task With_an_app_id_configured_a_request_without_a_token_gets_401_and_changes_nothing()
    {
        await using var host = new BotHost(databasePath, new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "8f0b3e4c-1111-2222-3333-444455556666",
            ["MicrosoftAppPassword"] = "not-a-real-secret",
            ["MicrosoftAppType"] = "MultiTenant",
        });
        var chat = new TeamsChat(connector.ServiceUrl, "19:beveiligd@thread.v2");

        using var response = await host.PostActivityAsync(chat.Mention(TeamsChat.User(1), "start").ToJsonString());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(await host.Service<SessionStore>().FindLatestSessionAsync("19:beveiligd@thread.v2", CancellationToken.None));
        Assert.Empty(connector.Calls);
    }

    [Fact]
    public async Task Channel_thread_replies_count_as_answers_of_the_channel_session()
    {
        await using var host = new BotHost(databasePath);
        const string channel = "19:097e6717fd7245bdbeba6baa13840db8@thread.skype";
        var root = new TeamsChat(connector.ServiceUrl, channel + ";messageid=1571537152320", "channel");
        await Post(host, root.Mention(TeamsChat.User(1), "start buurtkracht-workshop"));
        var session = await host.Service<SessionStore>().FindRunningSessionAsync(channel, CancellationToken.None);
        Assert.NotNull(session);

        // Walk to the first open question of the small workshop programme.
        for (var i = 0; i < 10 && (await host.Service<SessionStore>().FindSessionAsync(session.Id, CancellationToken.None))!.OpenItemId is null; i++)
        {
            await Post(host, root.Mention(TeamsChat.User(1), "volgende"));
        }

        var open = (await host.Service<SessionStore>().FindSessionAsync(session.Id, CancellationToken.None))!.OpenItemId;
        Assert.NotNull(open);

        var thread = new TeamsChat(connector.ServiceUrl, channel + ";messageid=1:1TWmOfxTUmAF9e9ZcTMaIyn0BMDfPsLjrHyCqUsBSERw", "channel");
        await Post(host, thread.Message(TeamsChat.User(5), "B"));
        await Post(host, thread.Message(TeamsChat.User(6), "Wij doen het samen met de bibliotheek"));

        var answers = await host.Service<SessionStore>().ListAnswersAsync(session.Id, open, CancellationToken.None);
        Assert.Equal(2, answers.Count);
        Assert.All(answers, a => Assert.Equal(Answers.AnswerSource.ThreadReply, a.Source));
    }

    [Fact]
    public async Task When_the_meeting_ends_a_running_session_is_summarised_and_stopped()
    {
        await using var host = new BotHost(databasePath);
        var meetingChat = new TeamsChat(connector.ServiceUrl, $"19:meeting_{Guid.NewGuid():N}@thread.v2");
        await Post(host, meetingChat.Mention(TeamsChat.User(1), "start"));
        connector.Clear();

        await Post(host, meetingChat.MeetingEnd());

        Assert.NotNull(await connector.WaitForTextAsync("is beëindigd"));
        Assert.Null(await host.Service<SessionStore>().FindRunningSessionAsync(meetingChat.ConversationId, CancellationToken.None));
    }

    private static async Task Post(BotHost host, JsonObject activity)
    {
        using var response = await host.PostActivityAsync(activity.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
