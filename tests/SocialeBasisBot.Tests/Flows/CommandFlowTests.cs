using SocialeBasisBot.Tests.Infrastructure;

namespace SocialeBasisBot.Tests.Flows;

/// <summary>
/// Facilitator commands in a Teams group chat, through the real host and the outbox to the local Teams connector:
/// what a command says reaches the chat after the turn, in order.
/// </summary>
public sealed class CommandFlowTests : LiveBotTest
{
    private static readonly TeamsUser Facilitator = new("29:facilitator", "Fenna Begeleider", "aad-facilitator");
    private static readonly TeamsUser Participant = new("29:participant", "Piet Deelnemer", "aad-participant");
    private TeamsChat chat = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await RestartAsync(extra: new Dictionary<string, string?> { ["Facilitators:Users:0"] = "aad-co-host" });
        chat = NewGroupChat();
    }

    [Fact]
    public async Task A_participant_who_is_not_a_facilitator_is_refused_politely_and_nothing_changes()
    {
        Said(await SayAsync(Facilitator, "start"), "gestart door Fenna Begeleider", "Onderdeel 1 van 18");
        Assert.Contains("alleen de begeleiders", Single(await SayAsync(Participant, "volgende")), StringComparison.Ordinal);
        Assert.Contains("alleen de begeleiders", Single(await SayAsync(Participant, "stop")), StringComparison.Ordinal);

        var session = await Host.Service<SocialeBasisBot.Storage.SessionStore>().FindRunningSessionAsync(chat.ConversationId, CancellationToken.None);
        Assert.NotNull(session);
        Assert.Equal(0, session.CurrentItemIndex);
    }

    [Fact]
    public async Task A_facilitator_from_configuration_may_drive_a_session_someone_else_started()
    {
        var coHost = new TeamsUser("29:cohost", "Chris Co-host", "aad-co-host");
        await SayAsync(Facilitator, "start");
        // "next" is English, but cards keep the programme's (Dutch) language.
        Assert.Contains("Onderdeel 2 van 18", Single(await SayAsync(coHost, "next")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_commands_and_programmes_get_helpful_answers()
    {
        var unknown = Single(await SayAsync(Facilitator, "start onbekend-programma"));
        Assert.Contains("Ik ken het programma `onbekend-programma` niet", unknown, StringComparison.Ordinal);
        Assert.Contains("`sociale-basis`", unknown, StringComparison.Ordinal);
        Assert.Contains("`buurtkracht-workshop`", unknown, StringComparison.Ordinal);
        Assert.Contains("Er loopt hier geen sessie", Single(await SayAsync(Facilitator, "volgende")), StringComparison.Ordinal);
        Assert.Contains("Commando's voor begeleiders", Single(await SayAsync(Facilitator, "dansen")), StringComparison.Ordinal);
        var help = Single(await SayAsync(Facilitator, "help"));
        Assert.Contains("`volgende`", help, StringComparison.Ordinal);
        Assert.Contains("`sluit`", help, StringComparison.Ordinal);
        Assert.Contains("`buurtkracht-workshop`", help, StringComparison.Ordinal);
        Said(await SayAsync(Facilitator, "start"), "gestart door Fenna Begeleider", "Onderdeel 1 van 18");
        Assert.Contains("`volgende` heeft geen extra woorden nodig", Single(await SayAsync(Facilitator, "volgende twee")), StringComparison.Ordinal);
        Assert.Contains("Er staat nu geen vraag open", Single(await SayAsync(Facilitator, "sluit")), StringComparison.Ordinal);
        Assert.Contains("Er loopt hier al een sessie", Single(await SayAsync(Facilitator, "start")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plain_chat_messages_are_silent_answers_and_commands_are_never_answers()
    {
        Said(await SayAsync(Facilitator, "start buurtkracht-workshop"), "gestart door Fenna Begeleider (5 onderdelen)", "Onderdeel 1 van 5");
        Assert.Contains("Onderdeel 2 van 5", Single(await SayAsync(Facilitator, "volgende")), StringComparison.Ordinal);
        var question = Assert.Single(await SayAsync(Facilitator, "volgende"));
        Assert.NotNull(question.SubmitData);

        Assert.Empty(await SayAsync(Participant, "Mijn buurvrouw kookt voor de hele straat", mention: false));
        Assert.Contains("1 antwoord", Single(await SayAsync(Facilitator, "status")), StringComparison.Ordinal);

        var session = await Host.Service<SocialeBasisBot.Storage.SessionStore>().FindRunningSessionAsync(chat.ConversationId, CancellationToken.None);
        var answers = await Host.Service<SocialeBasisBot.Storage.SessionStore>().ListAnswersAsync(session!.Id, null, CancellationToken.None);
        Assert.Equal(["Mijn buurvrouw kookt voor de hele straat"], answers.Select(a => a.Text));
    }

    [Fact]
    public async Task Poll_answers_typed_as_letters_are_read_as_choices()
    {
        await SayAsync(Facilitator, "start");
        await AdvanceToAsync(chat, Facilitator, "eigenschappen");

        Assert.Empty(await SayAsync(Participant, "A, C en F", mention: false));

        var store = Host.Service<SocialeBasisBot.Storage.SessionStore>();
        var session = await store.FindRunningSessionAsync(chat.ConversationId, CancellationToken.None);
        Assert.Equal("eigenschappen", session!.OpenItemId);
        var answer = Assert.Single(await store.ListAnswersAsync(session.Id, "eigenschappen", CancellationToken.None));
        Assert.Equal("A,C,F", answer.Choices);
    }

    /// <summary>Sends one message and returns the new messages the chat got for it, once the outbox is empty.</summary>
    private async Task<IReadOnlyList<ConnectorCall>> SayAsync(TeamsUser from, string text, bool mention = true)
    {
        var before = Connector.Posts.Count;
        await SendAsync(mention ? chat.Mention(from, text) : chat.Message(from, text));
        return [.. Connector.Posts.Skip(before)];
    }

    private static string Single(IReadOnlyList<ConnectorCall> posts) => Assert.Single(posts).AllText;

    /// <summary>The chat got exactly these messages, in this order.</summary>
    private static void Said(IReadOnlyList<ConnectorCall> posts, params string[] expected)
    {
        Assert.Equal(expected.Length, posts.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Contains(expected[i], posts[i].AllText, StringComparison.Ordinal);
        }
    }
}
