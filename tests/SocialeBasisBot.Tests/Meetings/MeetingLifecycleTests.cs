using SocialeBasisBot.Sessions;
using SocialeBasisBot.Storage;
using SocialeBasisBot.Tests.Infrastructure;

namespace SocialeBasisBot.Tests.Meetings;

/// <summary>The meeting's lifecycle and the bot's installation, through /api/messages with Teams' event shapes.</summary>
public sealed class MeetingLifecycleTests : LiveBotTest
{
    private const string EnglishProgramme = """
        id: neighbourhood-workshop
        title: "Neighbourhood strength"
        language: en
        items:
          - id: welcome
            kind: information
            title: "Welcome"
            text: "Half an hour about what neighbours already do."
          - id: what-do-you-see
            kind: openQuestion
            title: "What do you see in your neighbourhood?"
            text: "Which initiative deserves more attention, and why?"
        """;

    private readonly TeamsUser organizer = TeamsChat.User(1);
    private readonly TeamsUser participant = TeamsChat.User(2);
    private TeamsChat meeting = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        meeting = TeamsChat.Meeting(Connector.ServiceUrl);
        Connector.Meetings.SetRole(meeting.MeetingId!, organizer, "Organizer");
    }

    [Fact]
    public async Task Meeting_start_posts_one_ready_card_naming_the_programme_to_start()
    {
        var start = meeting.MeetingStart();
        await SendAsync(start);
        await SendAsync(start);

        var card = Assert.Single(Connector.Posts);
        Assert.Contains("SocialeBasisBot staat klaar", card.AllText, StringComparison.Ordinal);
        Assert.Contains("@SocialeBasisBot start", card.AllText, StringComparison.Ordinal);
        Assert.Contains("De sociale basis: verwachtingen", card.AllText, StringComparison.Ordinal);
        Assert.Contains("`buurtkracht-workshop`", card.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Meeting_start_says_nothing_while_a_session_already_runs()
    {
        await SendAsync(meeting.Mention(organizer, "start"));
        Connector.Clear();

        await SendAsync(meeting.MeetingStart());

        Assert.Empty(Connector.Posts);
    }

    [Fact]
    public async Task Meeting_end_stops_an_english_programme_in_english()
    {
        var folder = Directory.CreateTempSubdirectory("sbb-en-");
        try
        {
            foreach (var file in Directory.GetFiles(RepositoryPaths.Dialogs, "*.yaml"))
            {
                File.Copy(file, Path.Combine(folder.FullName, Path.GetFileName(file)));
            }

            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "neighbourhood-workshop.yaml"), EnglishProgramme);
            await RestartAsync(extra: new Dictionary<string, string?> { ["Programmes:Folder"] = folder.FullName });
            await SendAsync(meeting.Mention(organizer, "start neighbourhood-workshop"));
            await AdvanceToAsync(meeting, organizer, "what-do-you-see");
            await SendAsync(meeting.Message(participant, "The community garden behind the school"));
            Connector.Clear();

            await SendAsync(meeting.MeetingEnd());

            Assert.Contains(Connector.Posts, p => p.Text.Contains("Session **Neighbourhood strength** has ended", StringComparison.Ordinal));
            Assert.DoesNotContain(Connector.Posts, p => p.Text.Contains("beëindigd", StringComparison.Ordinal));
            Assert.Contains(Connector.Cards, c => CardText.All(c).Any(t => t.StartsWith("Summary:", StringComparison.Ordinal)));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_channel_meetings_end_stops_the_session_of_its_channel()
    {
        var channelId = $"19:{Guid.NewGuid():N}@thread.tacv2";
        var channel = new TeamsChat(Connector.ServiceUrl, channelId, "channel");
        var meetingThread = new TeamsChat(Connector.ServiceUrl, $"{channelId};messageid={channel.NextId()}", "channel")
        {
            MeetingId = Convert.ToBase64String("0#channel-meeting#0"u8.ToArray()),
        };
        await SendAsync(channel.Mention(organizer, "start buurtkracht-workshop"));

        await SendAsync(meetingThread.MeetingEnd());

        var session = await Host.Service<SessionStore>().FindLatestSessionAsync(channelId, CancellationToken.None);
        Assert.Equal(SessionState.Stopped, session!.State);
        Assert.Contains(Connector.Posts, p => p.Text.Contains("is beëindigd", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Installing_the_bot_greets_once_although_teams_sends_two_activities()
    {
        var chat = NewGroupChat();

        await SendAsync(chat.BotAdded(organizer));
        await SendAsync(chat.InstallationUpdate(organizer, "add"));
        await SendAsync(chat.InstallationUpdate(organizer, "add"));

        var greeting = Assert.Single(Connector.Posts);
        Assert.Contains("noem mij met @ in een groepschat of kanaal", greeting.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Greeting_and_help_fit_the_kind_of_chat()
    {
        var personal = new TeamsChat(Connector.ServiceUrl, $"a:{Guid.NewGuid():N}", "personal");
        await SendAsync(personal.InstallationUpdate(organizer, "add"));
        await SendAsync(meeting.Mention(participant, "help"));

        Assert.Contains("typ ze hier gewoon, zonder @", Connector.Posts[0].Text, StringComparison.Ordinal);
        Assert.Contains("in deze vergadering: de organisator, co-organisatoren en presentatoren", Connector.Posts[1].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("installationUpdate")]
    [InlineData("membersRemoved")]
    public async Task Removing_the_bot_ends_a_running_session_and_keeps_its_answers(string how)
    {
        var chat = NewGroupChat();
        await SendAsync(chat.Mention(organizer, "start buurtkracht-workshop"));
        await AdvanceToAsync(chat, organizer, "wat-zie-jij");
        await SendAsync(chat.Message(participant, "De buurtmoeder van de flat"));
        Connector.Clear();

        await SendAsync(how == "installationUpdate" ? chat.InstallationUpdate(organizer, "remove") : chat.BotRemoved(organizer));

        var store = Host.Service<SessionStore>();
        Assert.Null(await store.FindRunningSessionAsync(chat.ConversationId, CancellationToken.None));
        var session = await store.FindLatestSessionAsync(chat.ConversationId, CancellationToken.None);
        Assert.Equal(SessionState.Stopped, session!.State);
        Assert.Single(await store.ListAnswersAsync(session.Id, "wat-zie-jij", CancellationToken.None));
        // Teams refuses every message to a chat the bot has left: nothing is posted or queued.
        Assert.Empty(Connector.Posts);
        Assert.Equal(0, await Host.Service<OutboxStore>().CountPendingAsync(CancellationToken.None));
    }
}
