using System.Net;
using System.Text;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace SocialeBasisBot.Tests.LocalTeams;

/// <summary>The local connector answers Bot Framework's own REST client the way the Teams connector service does.</summary>
public sealed class LocalTeamsConnectorTests : IAsyncLifetime
{
    private const string Conversation = "19:3c9d1f0e5b2a@thread.v2;messageid=1700000000001";
    private LocalTeamsConnector connector = null!;
    private ConnectorClient client = null!;

    public async Task InitializeAsync()
    {
        connector = await LocalTeamsConnector.StartAsync();
        client = new ConnectorClient(connector.ServiceUrl, MicrosoftAppCredentials.Empty);
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task Reply_update_and_delete_get_ids_and_are_recorded_in_order_and_handed_to_the_callback()
    {
        var seen = new List<ConnectorCall>();
        connector.Received = seen.Add;

        var reply = await client.Conversations.ReplyToActivityAsync(Conversation, "1700000000123", Message("Vraag gesloten"));
        var post = await client.Conversations.SendToConversationAsync(Conversation, Message("Nieuw bericht"));
        var updated = await client.Conversations.UpdateActivityAsync(Conversation, reply.Id, Message("Bijgewerkt", reply.Id));
        await client.Conversations.DeleteActivityAsync(Conversation, post.Id);

        Assert.Equal("1:1", reply.Id);
        Assert.Equal("1:2", post.Id);
        Assert.Equal(reply.Id, updated.Id);
        Assert.Equal(["POST", "POST", "PUT", "DELETE"], seen.Select(r => r.Method));
        Assert.All(seen, r => Assert.Equal(Conversation, r.ConversationId));
        Assert.Equal("1700000000123", seen[0].PathActivityId);
        Assert.Equal("", seen[1].PathActivityId);
        Assert.Equal("Bijgewerkt", seen[2].Text);
        Assert.Equal(seen, connector.Calls);
        Assert.Equal(["Vraag gesloten", "Nieuw bericht"], connector.PostedTexts);
        Assert.Equal(reply.Id, Assert.Single(connector.Updates).ActivityId);
        Assert.Equal(post.Id, Assert.Single(connector.Deletes).ActivityId);
    }

    [Fact]
    public async Task Updating_a_message_the_bot_never_sent_is_a_404_like_in_Teams_also_after_Clear()
    {
        var sent = await client.Conversations.SendToConversationAsync(Conversation, Message("Kaart"));
        connector.Clear();

        var error = await Assert.ThrowsAsync<ErrorResponseException>(() =>
            client.Conversations.UpdateActivityAsync(Conversation, "1:99", Message("?", "1:99")));
        await client.Conversations.UpdateActivityAsync(Conversation, sent.Id, Message("Kaart, bijgewerkt", sent.Id));

        Assert.Equal(HttpStatusCode.NotFound, error.Response.StatusCode);
        Assert.Equal("ActivityNotFoundInConversation", error.Body.Error.Code);
        Assert.Equal([404, 200], connector.Calls.Select(c => c.Status));
        Assert.Equal(sent.Id, Assert.Single(connector.Updates).ActivityId);
    }

    [Fact]
    public async Task Injected_failures_answer_the_next_calls_in_order_with_Retry_After_and_are_recorded()
    {
        connector.FailNext(HttpStatusCode.TooManyRequests, TimeSpan.FromSeconds(2.5));
        connector.FailNext(HttpStatusCode.BadGateway);
        using var http = new HttpClient { BaseAddress = connector.ServiceUrl };

        using var throttled = await Post(http, "een");
        using var failed = await Post(http, "twee");
        using var ok = await Post(http, "drie");

        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(3), throttled.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.BadGateway, failed.StatusCode);
        Assert.Null(failed.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal([429, 502, 200], connector.Calls.Select(c => c.Status));
        Assert.Equal(["drie"], connector.PostedTexts);
        Assert.Equal(0, connector.PendingFailures);
    }

    [Fact]
    public async Task An_upload_after_file_consent_is_kept_byte_for_byte_under_its_name()
    {
        using var http = new HttpClient();
        var bytes = new byte[] { 0x50, 0x4B, 0x03, 0x04, 0xFF, 0x00 };

        using var response = await http.PutAsync(connector.UploadUrl("antwoorden met namen.xlsx"), new ByteArrayContent(bytes));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(bytes, connector.Uploads["antwoorden met namen.xlsx"]);
        Assert.Empty(connector.Calls);
    }

    [Fact]
    public async Task Waiting_for_a_call_ends_on_the_call_itself_and_reports_silence()
    {
        Assert.False(await connector.WaitForCallAsync(TimeSpan.FromMilliseconds(20)));

        var waiting = connector.WaitForAsync(c => c.PostedTexts.Contains("Gesloten"), TimeSpan.FromSeconds(30));
        await client.Conversations.SendToConversationAsync(Conversation, Message("Nog open"));
        Assert.False(waiting.IsCompleted);
        await client.Conversations.SendToConversationAsync(Conversation, Message("Gesloten"));

        Assert.True(await waiting.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.False(await connector.WaitForAsync(c => c.PostedTexts.Contains("Nooit"), TimeSpan.FromMilliseconds(20)));
    }

    private static Task<HttpResponseMessage> Post(HttpClient http, string text) =>
        http.PostAsync(new Uri($"v3/conversations/{Uri.EscapeDataString(Conversation)}/activities", UriKind.Relative),
            new StringContent($"{{\"type\":\"message\",\"text\":\"{text}\"}}", Encoding.UTF8, "application/json"));

    private static Activity Message(string text, string? id = null) => new()
    {
        Type = ActivityTypes.Message,
        Id = id,
        Text = text,
        Conversation = new ConversationAccount(id: Conversation),
    };
}
