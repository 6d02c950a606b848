using System.Net;
using System.Text.Json.Nodes;
using SocialeBasisBot.Storage;
using SocialeBasisBot.Tests.Infrastructure;

namespace SocialeBasisBot.Tests.Http;

/// <summary>
/// The whole path a facilitator and a room of participants take, over real HTTP into /api/messages, with the
/// recorded Teams payloads and a SQLite file that survives a restart of the Host.
/// </summary>
public sealed class ScriptedWebinarTests : LiveBotTest
{
    private const string GroupChat = "19:webinar-groepschat@thread.v2";
    private TeamsChat chat = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        chat = new TeamsChat(Connector.ServiceUrl, GroupChat);
    }

    [Fact]
    public async Task Twelve_people_answer_with_edit_delete_and_duplicate_and_the_count_survives_a_restart()
    {
        var facilitator = TeamsChat.User(1);
        await SendAsync(chat.BotAdded(facilitator));
        Assert.Contains(Connector.Posts, p => p.Text.Contains("volgende", StringComparison.Ordinal));

        await SendAsync(chat.Mention(facilitator, "start"));
        Assert.Contains(Connector.Posts, p => p.Text.Contains("gestart door Deelnemer 1", StringComparison.Ordinal));

        var q1Card = await AdvanceToAsync(chat, facilitator, "q1");
        var sessionId = q1Card.SubmitData!["session"]!.GetValue<string>();

        // Twelve participants: eight plain chat messages, two @mentions, two card submits.
        var firstIds = new Dictionary<int, string>();
        for (var n = 2; n <= 9; n++)
        {
            var message = chat.Message(TeamsChat.User(n), $"Antwoord {n}: meer vraag naar vrijwilligers bij ons");
            firstIds[n] = message["id"]!.GetValue<string>();
            await SendAsync(message);
        }

        await SendAsync(chat.Mention(TeamsChat.User(10), "Mantelzorgers worden zwaarder belast"));
        await SendAsync(chat.Mention(TeamsChat.User(11), "Steeds meer regels en formulieren"));
        await SendAsync(chat.CardSubmit(TeamsChat.User(12), q1Card.ActivityId, Answer(sessionId, "q1", "Minder contact met beroepskrachten")));
        await SendAsync(chat.CardSubmit(TeamsChat.User(13), q1Card.ActivityId, Answer(sessionId, "q1", "Dagbesteding is gesloten")));

        // The same activity delivered twice counts once; an edit replaces; a delete retracts.
        await SendAsync(chat.Message(TeamsChat.User(2), "Antwoord 2: meer vraag naar vrijwilligers bij ons", firstIds[2]));
        await SendAsync(chat.Edit(TeamsChat.User(3), firstIds[3], "Antwoord 3 (aangepast): vrijwilligers haken af door de druk"));
        await SendAsync(chat.Delete(TeamsChat.User(4), firstIds[4]));

        // The bot does not reply to each answer in a group chat, nor edit the open card (people may be typing in it):
        // the facilitator sees the count on `status`.
        var postsBeforeStatus = Connector.Posts.Count;
        await SendAsync(chat.Mention(facilitator, "status"));
        Assert.Contains("(11 antwoorden)", Assert.Single(Connector.Posts.Skip(postsBeforeStatus)).Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Connector.Updates, u => u.PathActivityId == q1Card.ActivityId);

        // Restart the host over the same SQLite file in the middle of the question.
        await RestartAsync();
        await SendAsync(chat.Message(TeamsChat.User(14), "Na de herstart: het wordt steeds drukker"));

        var answers = await Host.Service<SessionStore>().ListAnswersAsync(sessionId, "q1", CancellationToken.None);
        Assert.Equal(13, answers.Count);
        Assert.Equal("Antwoord 3 (aangepast): vrijwilligers haken af door de druk", answers.Single(a => a.SourceMessageId == firstIds[3]).Text);
        Assert.True(answers.Single(a => a.SourceMessageId == firstIds[4]).IsRetracted);

        Connector.Clear();
        await SendAsync(chat.Mention(facilitator, "sluit"));
        Assert.Contains(Connector.Posts, p => p.Text.Contains("12 antwoorden van 12 deelnemers", StringComparison.Ordinal));
        Assert.Contains(Connector.Updates, u => u.PathActivityId == q1Card.ActivityId && u.AllText.Contains("Gesloten · 12 antwoorden", StringComparison.Ordinal));
    }


    private static JsonObject Answer(string sessionId, string itemId, string text) => new()
    {
        ["sbb"] = "answer",
        ["session"] = sessionId,
        ["item"] = itemId,
        ["answer"] = text,
    };

}
