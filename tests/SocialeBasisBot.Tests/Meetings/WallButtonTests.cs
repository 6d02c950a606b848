using System.Net;
using System.Text.Json.Nodes;
using SocialeBasisBot.Privacy;
using SocialeBasisBot.Tests.Infrastructure;
using SocialeBasisBot.Wall;

namespace SocialeBasisBot.Tests.Meetings;

/// <summary>
/// The wall button on the question card (Action.Execute "sbb.wall"): a facilitator gets a card with the signed wall
/// link only they see, anyone else a polite word only they see; in a meeting the role of the moment decides.
/// </summary>
public sealed class WallButtonTests : LiveBotTest
{
    private readonly TeamsUser organizer = TeamsChat.User(1);
    private readonly TeamsUser attendee = TeamsChat.User(2);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await RestartAsync(extra: new Dictionary<string, string?> { ["Exports:SigningKey"] = "wall-button-signing-key-0123456789abcdef" });
    }

    [Fact]
    public async Task The_facilitator_gets_the_wall_link_only_they_see_and_can_go_back_to_the_question()
    {
        var chat = NewGroupChat();
        await SendAsync(chat.Mention(organizer, "start buurtkracht-workshop"));
        var card = await AdvanceToAsync(chat, organizer, "wat-zie-jij");
        Connector.Clear();

        var response = await InvokeAsync(chat, card, organizer, "sbb.wall");

        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)response["type"]);
        var shown = (JsonObject)response["value"]!;
        Assert.Contains("Themamuur", CardText.All(shown));
        Assert.Contains(CardText.All(shown), t => t.StartsWith("Alleen jij ziet deze link.", StringComparison.Ordinal));
        var url = (string)shown["actions"]![0]!["url"]!;
        using (var client = Host.Client())
        using (var wall = await client.GetAsync(new Uri(url)))
        {
            Assert.Equal(HttpStatusCode.OK, wall.StatusCode);
            Assert.Contains("data-phase=\"open\"", await wall.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // Nothing went to the room, and the posted card was not edited.
        Assert.False(await Connector.WaitForCallAsync(TimeSpan.FromMilliseconds(500)));
        Assert.Empty(Connector.Calls);

        var back = await InvokeAsync(chat, card, organizer, (string)shown["actions"]![1]!["verb"]!, (JsonObject)shown["actions"]![1]!["data"]!);
        Assert.Contains("Wat zie jij in jouw buurt?", CardText.All((JsonObject)back["value"]!));
        Assert.Contains(((JsonObject)back["value"]!)["body"]!.AsArray(), e => (string?)e!["type"] == "Input.Text");
    }

    [Fact]
    public async Task A_participant_gets_a_polite_word_and_no_link()
    {
        var chat = NewGroupChat();
        await SendAsync(chat.Mention(organizer, "start buurtkracht-workshop"));
        var card = await AdvanceToAsync(chat, organizer, "wat-zie-jij");

        var response = await InvokeAsync(chat, card, attendee, "sbb.wall");

        Assert.Equal(200, (int?)response["statusCode"]);
        Assert.Equal("application/vnd.microsoft.activity.message", (string?)response["type"]);
        Assert.StartsWith("De themamuur is voor de begeleiders van deze sessie", (string?)response["value"], StringComparison.Ordinal);
        Assert.DoesNotContain("/wall/", response.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_a_meeting_the_organizer_gets_the_link_and_an_attendee_does_not()
    {
        var meeting = TeamsChat.Meeting(Connector.ServiceUrl);
        Connector.Meetings.SetRole(meeting.MeetingId!, organizer, "Organizer");
        Connector.Meetings.SetRole(meeting.MeetingId!, attendee, "Attendee");
        await SendAsync(meeting.Mention(organizer, "start buurtkracht-workshop"));
        var card = await AdvanceToAsync(meeting, organizer, "wat-zie-jij");
        var presenter = TeamsChat.User(3);
        Connector.Meetings.SetRole(meeting.MeetingId!, presenter, "Presenter");

        var organizers = await InvokeAsync(meeting, card, organizer, "sbb.wall");
        var presenters = await InvokeAsync(meeting, card, presenter, "sbb.wall");
        var attendees = await InvokeAsync(meeting, card, attendee, "sbb.wall");

        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)organizers["type"]);
        // A presenter leads the meeting as much as the organizer, even without having typed `start`.
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)presenters["type"]);
        Assert.Equal("application/vnd.microsoft.activity.message", (string?)attendees["type"]);
        Assert.Contains(Connector.Meetings.Lookups, l => l.EndsWith(attendee.AadObjectId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_button_of_a_deleted_session_says_the_session_is_gone_not_that_it_closed()
    {
        var chat = NewGroupChat();
        await SendAsync(chat.Mention(organizer, "start buurtkracht-workshop"));
        var card = await AdvanceToAsync(chat, organizer, "wat-zie-jij");
        var session = (string)card.SubmitData!["session"]!;
        await Host.Service<PrivacyStore>().DeleteSessionsAsync([session], CancellationToken.None);

        var response = await InvokeAsync(chat, card, organizer, "sbb.wall");

        Assert.Equal("application/vnd.microsoft.activity.message", (string?)response["type"]);
        Assert.Equal(WallPhrases.Dutch.SessionGone, (string?)response["value"]);
        Assert.DoesNotContain("gesloten", (string?)response["value"], StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("/wall/", response.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_button_of_another_chats_session_gives_no_link()
    {
        var chat = NewGroupChat();
        await SendAsync(chat.Mention(organizer, "start buurtkracht-workshop"));
        var card = await AdvanceToAsync(chat, organizer, "wat-zie-jij");
        var other = NewGroupChat();
        await SendAsync(other.Mention(organizer, "start buurtkracht-workshop"));

        var response = await InvokeAsync(other, card, organizer, "sbb.wall");

        Assert.Equal(WallPhrases.Dutch.SessionGone, (string?)response["value"]);
        Assert.DoesNotContain("/wall/", response.ToJsonString(), StringComparison.Ordinal);
        Assert.NotEqual(WallPhrases.Dutch.SessionGone, WallPhrases.English.SessionGone);
    }

    private async Task<JsonObject> InvokeAsync(TeamsChat chat, ConnectorCall card, TeamsUser who, string verb, JsonObject? data = null)
    {
        var invoke = chat.CardAction(who, card.ActivityId, verb, data ?? (JsonObject)card.SubmitData!.DeepClone());
        using var response = await Host.PostActivityAsync(invoke.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (JsonObject)JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }
}
