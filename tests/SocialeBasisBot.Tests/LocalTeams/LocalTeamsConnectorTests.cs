using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using SocialeBasisBot.Demo;

namespace SocialeBasisBot.Tests.Demo;

/// <summary>The local connector answers Bot Framework's own REST client the way the Teams connector service does.</summary>
public sealed class LocalTeamsConnectorTests : IAsyncLifetime
{
    private const string Conversation = "19:3c9d1f0e5b2a@thread.v2";
    private LocalTeamsConnector connector = null!;
    private ConnectorClient client = null!;

    public async Task InitializeAsync()
    {
        connector = await LocalTeamsConnector.StartAsync(CancellationToken.None);
        client = new ConnectorClient(connector.ServiceUrl, MicrosoftAppCredentials.Empty);
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task Reply_update_and_delete_get_ids_and_are_recorded_in_order()
    {
        var seen = new List<ConnectorRequest>();
        connector.Received = seen.Add;

        var reply = await client.Conversations.ReplyToActivityAsync(Conversation, "1700000000123", MessageFactory("Vraag gesloten"));
        var post = await client.Conversations.SendToConversationAsync(Conversation, MessageFactory("Nieuw bericht"));
        var updated = await client.Conversations.UpdateActivityAsync(Conversation, reply.Id, MessageFactory("Bijgewerkt", reply.Id));
        await client.Conversations.DeleteActivityAsync(Conversation, post.Id);

        Assert.Equal("1:1", reply.Id);
        Assert.Equal("1:2", post.Id);
        Assert.Equal(reply.Id, updated.Id);
        Assert.Equal(["POST", "POST", "PUT", "DELETE"], seen.Select(r => r.Method));
        Assert.All(seen, r => Assert.Equal(Conversation, r.ConversationId));
        Assert.Equal("1700000000123", seen[0].PathActivityId);
        Assert.Equal("", seen[1].PathActivityId);
        Assert.Equal("Bijgewerkt", seen[2].Text);
        Assert.Equal(seen, connector.Requests);
    }

    [Fact]
    public async Task Updating_a_message_the_bot_never_sent_is_a_404_like_in_Teams()
    {
        var error = await Assert.ThrowsAsync<ErrorResponseException>(() =>
            client.Conversations.UpdateActivityAsync(Conversation, "1:99", MessageFactory("?", "1:99")));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, error.Response.StatusCode);
        Assert.Empty(connector.Requests);
    }

    private static Activity MessageFactory(string text, string? id = null) => new()
    {
        Type = ActivityTypes.Message,
        Id = id,
        Text = text,
        Conversation = new ConversationAccount(id: Conversation),
    };
}
