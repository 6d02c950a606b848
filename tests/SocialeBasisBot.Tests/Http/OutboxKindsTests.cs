using System.Text.Json;
using Microsoft.Bot.Schema;
using SocialeBasisBot.Privacy;
using SocialeBasisBot.Sessions;
using SocialeBasisBot.Storage;
using SocialeBasisBot.Tests.Infrastructure;

namespace SocialeBasisBot.Tests.Http;

/// <summary>
/// The outbox kinds added when everything the bot says moved into the outbox (an @mention, the privacy confirm card,
/// the meeting-ready card), each queued as a turn queues it and rendered and sent by the worker to the local Teams
/// connector: what Teams receives, in the order queued.
/// </summary>
public sealed class OutboxKindsTests : LiveBotTest
{
    [Fact]
    public async Task A_mention_a_confirm_card_and_a_meeting_ready_card_reach_Teams_in_the_order_queued_in_their_Teams_shape()
    {
        var chat = NewGroupChat();
        var store = Host.Service<OutboxStore>();
        var confirm = new ConfirmReply("Weet je het zeker?", "Ja, verwijder", "verwijder mijn antwoorden bevestigd", "Nee", "annuleer");
        await store.EnqueueAsync(Message(chat, OutboxKind.Mention, new MentionText("29:ahmed", "Ahmed Aydin", "aad-ahmed", "alleen begeleiders kunnen dat.")), CancellationToken.None);
        await store.EnqueueAsync(Message(chat, OutboxKind.ConfirmCard, confirm), CancellationToken.None);
        await store.EnqueueAsync(Message(chat, OutboxKind.MeetingReadyCard, new MeetingReadyRequest("De sociale basis", "sociale-basis", ["sociale-basis", "buurtkracht-workshop"])), CancellationToken.None);

        Assert.True(await Connector.WaitForAsync(c => Posts(c, chat).Count == 3, TimeSpan.FromSeconds(30)), "all three were sent");
        var posts = Posts(Connector, chat);

        var mention = posts[0];
        Assert.Equal("<at>Ahmed Aydin</at>, alleen begeleiders kunnen dat.", mention.Text);
        var entity = Assert.Single(mention.Body!["entities"]!.AsArray())!.AsObject();
        Assert.Equal("mention", (string?)entity["type"]);
        Assert.Equal("<at>Ahmed Aydin</at>", (string?)entity["text"]);
        Assert.Equal("29:ahmed", (string?)entity["mentioned"]!["id"]);

        var card = Assert.Single(posts[1].Cards);
        Assert.Contains("Weet je het zeker?", CardText.All(card));
        var titles = card["actions"]!.AsArray().Select(a => (string?)a!["title"]).ToList();
        Assert.Equal(["Ja, verwijder", "Nee"], titles);

        var ready = Assert.Single(posts[2].Cards);
        Assert.Contains(CardText.All(ready), line => line.Contains("SocialeBasisBot staat klaar", StringComparison.Ordinal));
        Assert.Contains(CardText.All(ready), line => line.Contains("De sociale basis", StringComparison.Ordinal));

        // Teams has the third message a moment before the worker records it as sent.
        Assert.True(await Host.OutboxSentAsync(TimeSpan.FromSeconds(30)), "the outbox recorded all three as sent");
        var sent = await store.ListAsync("session-outbox-kinds", CancellationToken.None);
        Assert.All(sent, m => Assert.Equal(OutboxState.Sent, m.State));
    }

    private static List<ConnectorCall> Posts(LocalTeamsConnector connector, TeamsChat chat) =>
        connector.Posts.Where(p => p.ConversationId == chat.ConversationId).ToList();

    private OutboxMessage Message<T>(TeamsChat chat, OutboxKind kind, T content)
    {
        var now = TimeProvider.System.GetUtcNow();
        var reference = new ConversationReference
        {
            ChannelId = "msteams",
            ServiceUrl = Connector.ServiceUrl.ToString(),
            Conversation = new ConversationAccount(id: chat.ConversationId, conversationType: "groupChat"),
            Bot = new ChannelAccount("28:sociale-basis-bot", "SocialeBasisBot"),
        };
        return new OutboxMessage
        {
            ConversationId = chat.ConversationId,
            SessionId = "session-outbox-kinds",
            Kind = kind,
            Language = "nl",
            Text = JsonSerializer.Serialize(content),
            ConversationReference = Newtonsoft.Json.JsonConvert.SerializeObject(reference),
            CreatedAt = now,
            DueAt = now,
        };
    }
}
