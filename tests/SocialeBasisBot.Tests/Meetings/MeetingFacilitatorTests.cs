using System.Text.Json.Nodes;
using SocialeBasisBot.Storage;
using SocialeBasisBot.Tests.Infrastructure;

namespace SocialeBasisBot.Tests.Meetings;

/// <summary>In a meeting's chat the meeting's roles decide who drives, asked from Teams' Get participant API per command.</summary>
public sealed class MeetingFacilitatorTests : LiveBotTest
{
    private readonly TeamsUser organizer = TeamsChat.User(1);
    private readonly TeamsUser presenter = TeamsChat.User(2);
    private readonly TeamsUser attendee = TeamsChat.User(3);
    private TeamsChat meeting = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        meeting = TeamsChat.Meeting(Connector.ServiceUrl);
        Connector.Meetings.SetRole(meeting.MeetingId!, organizer, "Organizer");
        Connector.Meetings.SetRole(meeting.MeetingId!, presenter, "Presenter");
        Connector.Meetings.SetRole(meeting.MeetingId!, attendee, "Attendee");
    }

    [Fact]
    public async Task An_attendee_is_refused_politely_with_an_at_mention_and_nothing_starts()
    {
        await SendAsync(meeting.Mention(attendee, "start"));

        var refusal = Assert.Single(Connector.Posts);
        Assert.StartsWith($"<at>{attendee.Name}</at>, fijn dat je meedoet!", refusal.Text, StringComparison.Ordinal);
        var mention = Assert.Single(refusal.Body!["entities"]!.AsArray().OfType<JsonObject>(), e => (string?)e["type"] == "mention");
        Assert.Equal(attendee.Id, (string?)mention["mentioned"]!["id"]);
        Assert.Equal($"<at>{attendee.Name}</at>", (string?)mention["text"]);
        Assert.Null(await Host.Service<SessionStore>().FindRunningSessionAsync(meeting.ConversationId, CancellationToken.None));
        Assert.Equal([$"{meeting.MeetingId}/{attendee.AadObjectId}"], Connector.Meetings.Lookups);
    }

    [Fact]
    public async Task The_organizer_starts_a_presenter_drives_and_an_attendee_may_not()
    {
        await SendAsync(meeting.Mention(organizer, "start buurtkracht-workshop"));
        Assert.NotNull(await Host.Service<SessionStore>().FindRunningSessionAsync(meeting.ConversationId, CancellationToken.None));

        await SendAsync(meeting.Mention(presenter, "volgende"));
        Assert.Contains(Connector.Posts, p => p.AllText.Contains("Buurtkracht zichtbaar maken", StringComparison.Ordinal));
        Connector.Clear();

        await SendAsync(meeting.Mention(attendee, "stop"));

        Assert.Contains(Connector.Posts, p => p.Text.Contains("alleen de organisator, co-organisatoren en presentatoren", StringComparison.Ordinal));
        Assert.NotNull(await Host.Service<SessionStore>().FindRunningSessionAsync(meeting.ConversationId, CancellationToken.None));
    }

    [Fact]
    public async Task Roles_are_asked_for_every_command_so_a_demoted_presenter_stops_driving()
    {
        await SendAsync(meeting.Mention(presenter, "start"));
        Connector.Meetings.SetRole(meeting.MeetingId!, presenter, "Attendee");

        await SendAsync(meeting.Mention(presenter, "volgende"));

        Assert.Contains(Connector.Posts, p => p.Text.Contains("alleen de organisator", StringComparison.Ordinal));
        Assert.Equal(2, Connector.Meetings.Lookups.Count);
    }

    [Fact]
    public async Task Plain_answers_in_a_meeting_cost_no_role_lookup()
    {
        await SendAsync(meeting.Mention(organizer, "start buurtkracht-workshop"));
        await AdvanceToAsync(meeting, organizer, "wat-zie-jij");
        var lookups = Connector.Meetings.Lookups.Count;

        await SendAsync(meeting.Message(attendee, "De moestuin achter de school"));
        await SendAsync(meeting.Message(presenter, "Ons buurthuis op dinsdag"));

        Assert.Equal(lookups, Connector.Meetings.Lookups.Count);
    }

    [Fact]
    public async Task A_configured_facilitator_may_drive_whatever_their_meeting_role()
    {
        await RestartAsync(extra: new Dictionary<string, string?> { ["Facilitators:Users:0"] = attendee.AadObjectId });

        await SendAsync(meeting.Mention(attendee, "start"));

        Assert.NotNull(await Host.Service<SessionStore>().FindRunningSessionAsync(meeting.ConversationId, CancellationToken.None));
    }

    [Fact]
    public async Task Someone_teams_does_not_know_in_the_meeting_is_treated_as_an_attendee()
    {
        await SendAsync(meeting.Mention(TeamsChat.User(9), "start"));

        Assert.Contains(Connector.Posts, p => p.Text.Contains("alleen de organisator", StringComparison.Ordinal));
        Assert.Null(await Host.Service<SessionStore>().FindRunningSessionAsync(meeting.ConversationId, CancellationToken.None));
    }

    [Fact]
    public async Task Outside_a_meeting_no_role_is_asked_and_the_starter_drives()
    {
        var chat = NewGroupChat();
        await SendAsync(chat.Mention(attendee, "start"));
        await SendAsync(chat.Mention(attendee, "stop"));

        Assert.Contains(Connector.Posts, p => p.Text.Contains("is beëindigd", StringComparison.Ordinal));
        Assert.Empty(Connector.Meetings.Lookups);
    }

    [Fact]
    public async Task The_local_connector_answers_get_participant_in_the_documented_shape()
    {
        using var http = new HttpClient();
        var url = new Uri(Connector.ServiceUrl, $"v1/meetings/{Uri.EscapeDataString(meeting.MeetingId!)}/participants/{organizer.AadObjectId}?tenantId={TeamsChat.TenantId}");

        var answered = (JsonObject)JsonNode.Parse(await http.GetStringAsync(url))!;

        var documented = (JsonObject)JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Fixtures, "shape_meetingParticipant_get-response.json")))!;
        Assert.Equal(Keys(documented), Keys(answered));
        Assert.Equal("Organizer", (string?)answered["meeting"]!["role"]);
    }

    private static List<string> Keys(JsonObject obj, string prefix = "") =>
        [.. obj.SelectMany(p => p.Value is JsonObject child ? Keys(child, $"{prefix}{p.Key}.") : [$"{prefix}{p.Key}"]).Order(StringComparer.Ordinal)];
}
