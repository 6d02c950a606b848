using Microsoft.Extensions.DependencyInjection;
using SocialeBasisBot.Storage;
using SocialeBasisBot.Tests.Infrastructure;

namespace SocialeBasisBot.Tests.Meetings;

/// <summary>A programme item with a `duration`, or the next question after `timer N`, starts its timer as it is posted.</summary>
public sealed class TimedItemTests : LiveBotTest
{
    private const string Timed = """
        id: korte-sessie
        title: "Korte sessie"
        items:
          - id: welkom
            kind: information
            title: "Welkom"
          - id: vraag
            kind: openQuestion
            title: "Wat zie jij in jouw buurt?"
            text: "Welk initiatief verdient meer aandacht?"
            duration: 2
        """;

    private readonly WatchedClock clock = new();
    private DirectoryInfo folder = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        folder = Directory.CreateTempSubdirectory("sbb-timed-");
        await File.WriteAllTextAsync(Path.Combine(folder.FullName, "korte-sessie.yaml"), Timed);
        await RestartAsync(services => services.AddSingleton<TimeProvider>(clock), new Dictionary<string, string?>
        {
            ["Programmes:Folder"] = folder.FullName,
            ["Programmes:Default"] = "korte-sessie",
            ["Teams:SummaryPatience"] = "00:01:00",
            ["Outbox:ConversationPace"] = "00:00:00",
        });
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        folder.Delete(recursive: true);
    }

    [Fact]
    public async Task A_question_with_a_duration_says_when_it_closes_and_closes_by_itself()
    {
        var chat = NewGroupChat();
        var facilitator = TeamsChat.User(1);
        await SendAsync(chat.Mention(facilitator, "start"));
        await SendAsync(chat.Mention(facilitator, "volgende"));

        // The card, posted with its timer running, says when it closes (in the organisation's zone); no separate chat line.
        var closesAt = TimeZoneInfo.ConvertTime(clock.GetUtcNow() + TimeSpan.FromMinutes(2), TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam"));
        var card = Assert.Single(Connector.Posts, p => p.SubmitData?["item"]?.GetValue<string>() == "vraag");
        Assert.Contains($"⏱ Sluit om {closesAt:HH:mm}", card.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(Connector.Posts, p => p.Text.Contains("sluit om", StringComparison.Ordinal));

        // The wall shows the same close time, with a countdown next to it.
        var started = await Host.Service<SessionStore>().FindLatestSessionAsync(chat.ConversationId, CancellationToken.None);
        var wall = Host.Service<SocialeBasisBot.Wall.WallLinks>().Create(Host.BaseAddress.ToString(), started!.Id).Url;
        using (var client = Host.Client())
        {
            var html = await client.GetStringAsync(new Uri(wall));
            Assert.Contains($"Sluit om {closesAt:HH:mm}</time>", html, StringComparison.Ordinal);
            Assert.Contains("class=\"time-left\"", html, StringComparison.Ordinal);
        }

        await SendAsync(chat.Message(TeamsChat.User(2), "Het buurthuis op dinsdag"));

        clock.Advance(TimeSpan.FromMinutes(2));

        Assert.True(await Connector.WaitForAsync(c => c.Posts.Any(p => p.Text.Contains("Vraag gesloten", StringComparison.Ordinal)), TimeSpan.FromSeconds(10)));
        var session = await Host.Service<SessionStore>().FindLatestSessionAsync(chat.ConversationId, CancellationToken.None);
        Assert.Null(session!.OpenItemId);
    }

    [Fact]
    public async Task Timer_given_before_the_question_opens_times_the_next_question_and_its_card_says_when()
    {
        var chat = NewGroupChat();
        var facilitator = TeamsChat.User(1);
        await SendAsync(chat.Mention(facilitator, "start"));
        await SendAsync(chat.Mention(facilitator, "timer 5"));
        Assert.Contains(Connector.Posts, p => p.Text.Contains("De volgende vraag sluit 5 min nadat hij geplaatst is", StringComparison.Ordinal));

        await SendAsync(chat.Mention(facilitator, "volgende"));

        // The facilitator's 5 minutes win over the item's own duration of 2.
        var closesAt = TimeZoneInfo.ConvertTime(clock.GetUtcNow() + TimeSpan.FromMinutes(5), TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam"));
        var card = Assert.Single(Connector.Posts, p => p.SubmitData?["item"]?.GetValue<string>() == "vraag");
        Assert.Contains($"⏱ Sluit om {closesAt:HH:mm}", card.AllText, StringComparison.Ordinal);
        var session = await Host.Service<SessionStore>().FindLatestSessionAsync(chat.ConversationId, CancellationToken.None);
        Assert.Equal(clock.GetUtcNow() + TimeSpan.FromMinutes(5), session!.ClosesAt);
        Assert.Null(session.NextQuestionMinutes);
    }
}
