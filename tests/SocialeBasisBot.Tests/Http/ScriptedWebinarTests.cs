using System.Net;
using System.Text.Json.Nodes;
using SocialeBasisBot.Storage;
using SocialeBasisBot.Tests.Infrastructure;

namespace SocialeBasisBot.Tests.Http;

/// <summary>
/// The whole path a facilitator and a room of participants take, over real HTTP into /api/messages, with the
/// recorded Teams payloads and a SQLite file that survives a restart of the host.
/// </summary>
public sealed class ScriptedWebinarTests : IAsyncLifetime
{
    private const string GroupChat = "19:webinar-groepschat@thread.v2";
    private readonly string databasePath = Path.Combine(Path.GetTempPath(), $"sbb-{Guid.NewGuid():N}.db");
    private FakeTeamsConnector connector = null!;
    private BotHost host = null!;
    private TeamsChat chat = null!;

    public async Task InitializeAsync()
    {
        connector = await FakeTeamsConnector.StartAsync();
        host = new BotHost(databasePath);
        chat = new TeamsChat(connector.ServiceUrl, GroupChat);
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await connector.DisposeAsync();
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(databasePath)!, Path.GetFileName(databasePath) + "*"))
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Twelve_people_answer_with_edit_delete_and_duplicate_and_the_count_survives_a_restart()
    {
        var facilitator = TeamsChat.User(1);
        await Send(chat.BotAdded(facilitator));
        Assert.Contains(connector.Posts, p => p.Text.Contains("volgende", StringComparison.Ordinal));

        await Send(chat.Mention(facilitator, "start"));
        Assert.Contains(connector.Posts, p => p.Text.Contains("gestart door Deelnemer 1", StringComparison.Ordinal));

        var q1Card = await AdvanceToQuestionAsync(facilitator, "q1");
        var sessionId = q1Card.SubmitData!["session"]!.GetValue<string>();

        // Twelve participants: eight plain chat messages, two @mentions, two card submits.
        var firstIds = new Dictionary<int, string>();
        for (var n = 2; n <= 9; n++)
        {
            var message = chat.Message(TeamsChat.User(n), $"Antwoord {n}: meer vraag naar vrijwilligers bij ons");
            firstIds[n] = message["id"]!.GetValue<string>();
            await Send(message);
        }

        await Send(chat.Mention(TeamsChat.User(10), "Mantelzorgers worden zwaarder belast"));
        await Send(chat.Mention(TeamsChat.User(11), "Steeds meer regels en formulieren"));
        await Send(chat.CardSubmit(TeamsChat.User(12), q1Card.ResultId, Answer(sessionId, "q1", "Minder contact met beroepskrachten")));
        await Send(chat.CardSubmit(TeamsChat.User(13), q1Card.ResultId, Answer(sessionId, "q1", "Dagbesteding is gesloten")));

        // The same activity delivered twice counts once; an edit replaces; a delete retracts.
        await Send(chat.Message(TeamsChat.User(2), "Antwoord 2: meer vraag naar vrijwilligers bij ons", firstIds[2]));
        await Send(chat.Edit(TeamsChat.User(3), firstIds[3], "Antwoord 3 (aangepast): vrijwilligers haken af door de druk"));
        await Send(chat.Delete(TeamsChat.User(4), firstIds[4]));

        // The bot does not reply to each answer in a group chat: it updates the count on the card instead.
        var postsBeforeAnswers = connector.Posts.Count;
        Assert.True(await connector.WaitForAsync(
            c => c.Updates.Any(u => u.PathActivityId == q1Card.ResultId && u.AllText.Contains("11 antwoorden tot nu toe", StringComparison.Ordinal)),
            TimeSpan.FromSeconds(10)), "the question card shows 11 answers");
        Assert.Equal(postsBeforeAnswers, connector.Posts.Count);

        // Restart the host over the same SQLite file in the middle of the question.
        await host.DisposeAsync();
        host = new BotHost(databasePath);
        await Send(chat.Message(TeamsChat.User(14), "Na de herstart: het wordt steeds drukker"));

        var answers = await host.Service<SessionStore>().ListAnswersAsync(sessionId, "q1", CancellationToken.None);
        Assert.Equal(13, answers.Count);
        Assert.Equal("Antwoord 3 (aangepast): vrijwilligers haken af door de druk", answers.Single(a => a.SourceMessageId == firstIds[3]).Text);
        Assert.True(answers.Single(a => a.SourceMessageId == firstIds[4]).IsRetracted);

        connector.Clear();
        await Send(chat.Mention(facilitator, "sluit"));
        Assert.Contains(connector.Posts, p => p.Text.Contains("12 antwoorden van 12 deelnemers", StringComparison.Ordinal));
        Assert.Contains(connector.Updates, u => u.PathActivityId == q1Card.ResultId && u.AllText.Contains("Gesloten · 12 antwoorden", StringComparison.Ordinal));
    }

    private async Task<ConnectorCall> AdvanceToQuestionAsync(TeamsUser facilitator, string itemId)
    {
        for (var step = 0; step < 30; step++)
        {
            var card = connector.Posts.LastOrDefault(p => p.SubmitData?["item"]?.GetValue<string>() == itemId);
            if (card is not null)
            {
                return card;
            }

            await Send(chat.Mention(facilitator, "volgende"));
        }

        throw new InvalidOperationException($"Question {itemId} was never posted.");
    }

    private static JsonObject Answer(string sessionId, string itemId, string text) => new()
    {
        ["sbb"] = "answer",
        ["session"] = sessionId,
        ["item"] = itemId,
        ["answer"] = text,
    };

    private async Task Send(JsonObject activity)
    {
        using var response = await host.PostActivityAsync(activity.ToJsonString());
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Accepted, $"{activity["type"]}: {(int)response.StatusCode}");
    }
}
