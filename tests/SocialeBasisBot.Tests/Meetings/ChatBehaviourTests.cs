using SocialeBasisBot.Storage;
using SocialeBasisBot.Tests.Infrastructure;

namespace SocialeBasisBot.Tests.Meetings;

/// <summary>What the run in Microsoft's Teams emulator showed going wrong in a group chat and a channel (issue 9, point 5).</summary>
public sealed class ChatBehaviourTests : LiveBotTest
{
    private readonly TeamsUser facilitator = TeamsChat.User(1);
    private readonly TeamsUser participant = TeamsChat.User(2);

    [Theory]
    [InlineData("groupChat")]
    [InlineData("channel")]
    public async Task Export_after_stop_exports_the_last_session_of_the_conversation(string kind)
    {
        var chat = new TeamsChat(Connector.ServiceUrl, kind == "channel" ? $"19:{Guid.NewGuid():N}@thread.tacv2" : $"19:{Guid.NewGuid():N}@thread.v2", kind);
        await SendAsync(chat.Mention(facilitator, "start buurtkracht-workshop"));
        await AdvanceToAsync(chat, facilitator, "wat-zie-jij");
        await SendAsync(chat.Message(participant, "De buurtmoeder van de flat"));
        await SendAsync(chat.Mention(facilitator, "stop"));
        Connector.Clear();

        await SendAsync(chat.Mention(facilitator, "export"));

        Assert.DoesNotContain(Connector.Posts, p => p.Text.Contains("Er loopt hier geen sessie", StringComparison.Ordinal));
        Assert.Contains(Connector.Posts, p => p.AllText.Contains("/exports/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task After_stop_a_participant_still_cannot_export()
    {
        var chat = NewGroupChat();
        await SendAsync(chat.Mention(facilitator, "start"));
        await SendAsync(chat.Mention(facilitator, "stop"));
        Connector.Clear();

        await SendAsync(chat.Mention(participant, "export"));

        Assert.Contains(Connector.Posts, p => p.Text.Contains("alleen de begeleiders", StringComparison.Ordinal));
        Assert.DoesNotContain(Connector.Posts, p => p.AllText.Contains("/exports/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_participants_bare_command_word_is_refused_and_never_stored()
    {
        var chat = NewGroupChat();
        await SendAsync(chat.Mention(facilitator, "start buurtkracht-workshop"));
        await AdvanceToAsync(chat, facilitator, "wat-zie-jij");
        Connector.Clear();

        await SendAsync(chat.Mention(participant, "sluit"));
        await SendAsync(chat.Message(TeamsChat.User(3), "volgende"));
        await SendAsync(chat.Message(TeamsChat.User(4), "Volgende keer wil ik de bakker erbij"));

        var store = Host.Service<SessionStore>();
        var session = await store.FindRunningSessionAsync(chat.ConversationId, CancellationToken.None);
        var answers = await store.ListAnswersAsync(session!.Id, "wat-zie-jij", CancellationToken.None);
        Assert.Equal(["Volgende keer wil ik de bakker erbij"], answers.Select(a => a.Text));
        Assert.Equal("wat-zie-jij", session.OpenItemId);
        Assert.Single(Connector.Posts, p => p.Text.Contains("alleen de begeleiders", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_addressed_message_that_is_no_command_gets_help()
    {
        var chat = NewGroupChat();

        await SendAsync(chat.Mention(participant, "hallo, wat kan je?"));

        var reply = Assert.Single(Connector.Posts);
        Assert.Contains("Commando's voor begeleiders", reply.Text, StringComparison.Ordinal);
        Assert.Contains("`buurtkracht-workshop`", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("ken ik niet", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Question_cards_have_real_titles_and_poll_options_show_their_text()
    {
        var chat = NewGroupChat();
        await SendAsync(chat.Mention(facilitator, "start"));
        var q1 = await AdvanceToAsync(chat, facilitator, "q1");
        Assert.DoesNotContain("Vraag...", q1.AllText, StringComparison.Ordinal);

        var workshop = NewGroupChat();
        await SendAsync(workshop.Mention(facilitator, "start buurtkracht-workshop"));
        var poll = await AdvanceToAsync(workshop, facilitator, "eerste-stap");
        Assert.Contains("Een buurtkaart maken", poll.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("kaart. Een buurtkaart maken", poll.AllText, StringComparison.Ordinal);

        await SendAsync(workshop.Message(participant, "vieren"));
        var session = await Host.Service<SessionStore>().FindRunningSessionAsync(workshop.ConversationId, CancellationToken.None);
        var answer = Assert.Single(await Host.Service<SessionStore>().ListAnswersAsync(session!.Id, "eerste-stap", CancellationToken.None));
        Assert.Equal("vieren", answer.Choices);
    }
}
