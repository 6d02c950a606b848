using System.Text.Json.Nodes;
using SocialeBasisBot.Storage;
using SocialeBasisBot.Tests.Infrastructure;

namespace SocialeBasisBot.Tests.Http;

/// <summary>What participants type can neither steer the bot, nor be lost, nor come back in the bot's voice as markup.</summary>
public sealed class ParticipantSafetyTests : LiveBotTest
{
    private readonly TeamsUser facilitator = TeamsChat.User(1);
    private readonly TeamsUser participant = TeamsChat.User(2);

    [Fact]
    public async Task A_participants_answer_that_starts_with_a_command_word_is_stored_as_an_answer()
    {
        var chat = NewGroupChat();
        await SendAsync(chat.Mention(facilitator, "start buurtkracht-workshop"));
        await AdvanceToAsync(chat, facilitator, "wat-zie-jij");

        await SendAsync(chat.Mention(participant, "Verder zie ik vooral buren die boodschappen doen"));
        await SendAsync(chat.Message(TeamsChat.User(3), "Stop met denken dat het vanzelf gaat: het moet georganiseerd worden"));

        var session = await Host.Service<SessionStore>().FindRunningSessionAsync(chat.ConversationId, CancellationToken.None);
        var answers = await Host.Service<SessionStore>().ListAnswersAsync(session!.Id, "wat-zie-jij", CancellationToken.None);
        Assert.Equal(2, answers.Count);
        Assert.Equal("wat-zie-jij", session.OpenItemId);
        Assert.DoesNotContain(Connector.Posts, p => p.Text.Contains("alleen de begeleiders", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Text_the_bot_repeats_back_is_shown_as_typed_not_as_a_link()
    {
        var chat = NewGroupChat();
        await SendAsync(chat.Mention(participant, "dansen [klik hier](https://phish.example/x) **nu**"));
        await SendAsync(chat.Mention(participant, "start [prijs](https://phish.example/y)"));

        // No question open: an addressed message that is no command gets help, which repeats nothing of it.
        Assert.Contains(Connector.Posts, p => p.Text.Contains("Commando's voor begeleiders", StringComparison.Ordinal));
        Assert.DoesNotContain(Connector.Posts, p => p.Text.Contains("phish.example/x", StringComparison.Ordinal));
        var unknown = Assert.Single(Connector.Posts, p => p.Text.StartsWith("Ik ken het programma", StringComparison.Ordinal));
        Assert.Contains("`[prijs](https://phish.example/y)`", unknown.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_card_submit_with_an_unexpected_value_is_ignored_without_an_error_in_the_chat()
    {
        var chat = NewGroupChat();
        await SendAsync(chat.Mention(facilitator, "start buurtkracht-workshop"));
        var card = await AdvanceToAsync(chat, facilitator, "wat-zie-jij");
        Connector.Clear();

        var submit = chat.CardSubmit(participant, card.ActivityId, new JsonObject());
        submit["value"] = "geen object";
        await SendAsync(submit);
        var weird = chat.CardSubmit(participant, card.ActivityId, new JsonObject { ["sbb"] = "answer", ["item"] = new JsonArray(1, 2), ["answer"] = 42 });
        await SendAsync(weird);

        Assert.DoesNotContain(Connector.Posts, p => p.Text.Contains("ging bij mij iets mis", StringComparison.Ordinal));
        var session = await Host.Service<SessionStore>().FindRunningSessionAsync(chat.ConversationId, CancellationToken.None);
        Assert.Empty(await Host.Service<SessionStore>().ListAnswersAsync(session!.Id, null, CancellationToken.None));
    }

    [Fact]
    public async Task Exports_with_names_are_refused_in_a_group_chat()
    {
        var chat = NewGroupChat();
        await SendAsync(chat.Mention(facilitator, "start"));
        Connector.Clear();

        await SendAsync(chat.Mention(facilitator, "export met namen"));

        Assert.Contains(Connector.Posts, p => p.Text.Contains("alleen in een 1-op-1-chat", StringComparison.Ordinal));
        Assert.DoesNotContain(Connector.Posts, p => p.AllText.Contains("/exports/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Only_a_facilitator_can_accept_a_file_consent_for_the_sessions_files()
    {
        var personal = new TeamsChat(Connector.ServiceUrl, $"a:{Guid.NewGuid():N}", "personal");
        await SendAsync(personal.Message(facilitator, "start"));
        var session = await Host.Service<SessionStore>().FindRunningSessionAsync(personal.ConversationId, CancellationToken.None);
        Connector.Clear();

        var context = new JsonObject { ["session"] = session!.Id, ["file"] = "antwoorden-met-namen.csv" };
        await SendAsync(personal.FileConsentAccept(participant, context, Connector.UploadUrl("stolen.csv"), "stolen.csv"));

        Assert.Empty(Connector.Uploads);
        Assert.Contains(Connector.Posts, p => p.Text.Contains("alleen de begeleiders", StringComparison.Ordinal));
    }
}
