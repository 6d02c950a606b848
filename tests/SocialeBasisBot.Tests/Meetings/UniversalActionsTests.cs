using System.Text.Json.Nodes;
using SocialeBasisBot.Storage;
using SocialeBasisBot.Tests.Infrastructure;

namespace SocialeBasisBot.Tests.Meetings;

/// <summary>Question and poll cards answer with Action.Execute; the invoke response is for the person who pressed only.</summary>
public sealed class UniversalActionsTests : LiveBotTest
{
    private readonly TeamsUser facilitator = TeamsChat.User(1);
    private readonly TeamsUser participant = TeamsChat.User(2);
    private TeamsChat chat = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        chat = NewGroupChat();
        await SendAsync(chat.Mention(facilitator, "start buurtkracht-workshop"));
    }

    [Fact]
    public async Task The_submitter_alone_gets_a_receipt_card_and_the_room_sees_nothing()
    {
        var card = await AdvanceToAsync(chat, facilitator, "wat-zie-jij");
        Assert.Equal("Action.Execute", (string?)card.Card!["actions"]![0]!["type"]);
        Assert.Contains("verschijnt niet in de chat", card.AllText, StringComparison.Ordinal);
        Connector.Clear();

        var response = await InvokeAsync(card, participant, "sbb.answer", "De buurtmoeder van de flat");

        Assert.Equal(200, (int?)response["statusCode"]);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)response["type"]);
        var receipt = CardText.All((JsonObject)response["value"]!).ToList();
        Assert.Contains("Ontvangen ✓", receipt);
        Assert.Contains("De buurtmoeder van de flat", receipt);
        Assert.Contains("1 antwoord tot nu toe", receipt);
        Assert.Contains("[Wijzig je antwoord]", CardText.Lines((JsonObject)response["value"]!));
        // Nothing went to the room: no message, and the open card (where others may be typing) was not edited.
        Assert.False(await Connector.WaitForCallAsync(TimeSpan.FromMilliseconds(500)));
        Assert.Empty(Connector.Calls);
    }

    [Fact]
    public async Task A_second_submit_by_the_same_person_replaces_their_card_answer()
    {
        var card = await AdvanceToAsync(chat, facilitator, "wat-zie-jij");
        await InvokeAsync(card, participant, "sbb.answer", "Eerste gedachte");
        await InvokeAsync(card, TeamsChat.User(3), "sbb.answer", "Het buurthuis");

        var second = await InvokeAsync(card, participant, "sbb.answer", "De moestuin achter de school");

        Assert.Contains("Ontvangen ✓ Je eerdere antwoord via de kaart is vervangen.", CardText.All((JsonObject)second["value"]!));
        Assert.Contains("2 antwoorden tot nu toe", CardText.All((JsonObject)second["value"]!));
        var answers = await Answers("wat-zie-jij");
        Assert.Equal(["De moestuin achter de school", "Het buurthuis"], answers.Select(a => a.Text).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Change_your_answer_shows_the_open_card_again_filled_with_what_was_sent()
    {
        var card = await AdvanceToAsync(chat, facilitator, "wat-zie-jij");
        await InvokeAsync(card, participant, "sbb.answer", "Eerste gedachte");

        var change = await InvokeAsync(card, participant, "sbb.change", null);

        var shown = (JsonObject)change["value"]!;
        var input = shown["body"]!.AsArray().OfType<JsonObject>().Single(e => (string?)e["type"] == "Input.Text");
        Assert.Equal("Eerste gedachte", (string?)input["value"]);
        Assert.Equal("Action.Execute", (string?)shown["actions"]![0]!["type"]);
    }

    [Fact]
    public async Task A_poll_answer_from_the_card_stores_its_choices()
    {
        var card = await AdvanceToAsync(chat, facilitator, "eerste-stap");

        var response = await InvokeAsync(card, participant, "sbb.answer", null, choices: "vieren");

        Assert.Contains("Een moment organiseren om te vieren wat er is", CardText.All((JsonObject)response["value"]!));
        var answer = Assert.Single(await Answers("eerste-stap"));
        Assert.Equal("vieren", answer.Choices);
    }

    [Fact]
    public async Task Closed_and_empty_answers_are_told_to_the_submitter_only()
    {
        var card = await AdvanceToAsync(chat, facilitator, "wat-zie-jij");
        var empty = await InvokeAsync(card, participant, "sbb.answer", "   ");
        await SendAsync(chat.Mention(facilitator, "sluit"));
        Connector.Clear();

        var late = await InvokeAsync(card, participant, "sbb.answer", "Te laat");

        Assert.Equal("application/vnd.microsoft.activity.message", (string?)empty["type"]);
        Assert.Contains("Je antwoord was leeg", (string?)empty["value"], StringComparison.Ordinal);
        Assert.Equal("application/vnd.microsoft.activity.message", (string?)late["type"]);
        Assert.Contains("al gesloten", (string?)late["value"], StringComparison.Ordinal);
        Assert.Empty(Connector.Posts);
        Assert.Empty(await Answers("wat-zie-jij"));
    }

    [Fact]
    public async Task An_invoke_without_our_data_still_gets_a_well_formed_200()
    {
        var card = await AdvanceToAsync(chat, facilitator, "wat-zie-jij");
        var invoke = chat.CardAction(participant, card.ActivityId, "sbb.answer", new JsonObject { ["weird"] = 1 });

        using var response = await Host.PostActivityAsync(invoke.ToJsonString());

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, (int?)body["statusCode"]);
        Assert.Equal("application/vnd.microsoft.activity.message", (string?)body["type"]);
    }

    private async Task<JsonObject> InvokeAsync(ConnectorCall card, TeamsUser who, string verb, string? answer, string? choices = null)
    {
        var data = (JsonObject)card.SubmitData!.DeepClone();
        if (answer is not null)
        {
            data["answer"] = answer;
        }

        if (choices is not null)
        {
            data["choices"] = choices;
        }

        using var response = await Host.PostActivityAsync(chat.CardAction(who, card.ActivityId, verb, data).ToJsonString());
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return (JsonObject)JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private async Task<IReadOnlyList<SocialeBasisBot.Answers.Answer>> Answers(string itemId)
    {
        var store = Host.Service<SessionStore>();
        var session = await store.FindLatestSessionAsync(chat.ConversationId, CancellationToken.None);
        return [.. (await store.ListAnswersAsync(session!.Id, itemId, CancellationToken.None)).Where(a => !a.IsRetracted)];
    }
}
