using System.Net;
using SocialeBasisBot.Storage;
using SocialeBasisBot.Tests.Infrastructure;

namespace SocialeBasisBot.Tests.Http;

/// <summary>A full room answers at the same moment: every answer is stored once, none is lost to a locked database.</summary>
public sealed class ConcurrentAnswersTests : LiveBotTest
{

    [Fact]
    public async Task One_hundred_and_fifty_participants_answering_at_once_are_all_counted()
    {
        var chat = NewGroupChat();
        var facilitator = TeamsChat.User(1);
        await SendAsync(chat.Mention(facilitator, "start buurtkracht-workshop"));
        await SendAsync(chat.Mention(facilitator, "volgende"));
        await SendAsync(chat.Mention(facilitator, "volgende"));
        var session = await Host.Service<SessionStore>().FindRunningSessionAsync(chat.ConversationId, CancellationToken.None);
        Assert.Equal("wat-zie-jij", session!.OpenItemId);

        var answers = DevAnswers.All.Take(150).Select((a, i) => chat.Message(TeamsChat.User(100 + i), a.Text)).ToList();
        // Each answer twice, interleaved: Teams redelivers under load and both copies race.
        await Task.WhenAll(answers.Concat(answers).Select(SendAsync));

        var stored = await Host.Service<SessionStore>().ListAnswersAsync(session.Id, "wat-zie-jij", CancellationToken.None);
        Assert.Equal(150, stored.Count);
        Assert.Equal(150, stored.Select(a => a.ParticipantId).Distinct().Count());
        // The open card is never edited (people may be typing in it); it shows the count when the question closes.
        Assert.Empty(Connector.Updates);
        await SendAsync(chat.Mention(facilitator, "sluit"));
        Assert.Contains(Connector.Updates, u => u.AllText.Contains("Gesloten · 150 antwoorden", StringComparison.Ordinal));
    }

}
