using System.Text.Json.Nodes;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using SocialeBasisBot.Tests.Infrastructure;

namespace SocialeBasisBot.Tests.Flows;

/// <summary>
/// Facilitator commands through Bot Framework's TestAdapter in a Teams group chat. The activities come from the Teams
/// test kit's <see cref="TeamsChat"/>, read into Bot Framework's Activity as the wire would.
/// </summary>
public sealed class CommandFlowTests : IAsyncLifetime
{
    private const string ServiceUrl = "https://test.invalid/";
    private static readonly ChannelAccount BotAccount = new(TeamsChat.BotId, TeamsChat.BotName);
    private static readonly TeamsUser Facilitator = new("29:facilitator", "Fenna Begeleider", "aad-facilitator");
    private static readonly TeamsUser Participant = new("29:participant", "Piet Deelnemer", "aad-participant");
    private readonly ConversationAccount conversation = new(isGroup: true, conversationType: "groupChat", id: $"19:{Guid.NewGuid():N}@thread.v2");
    private TeamsChat chat = null!;
    private BotServices services = null!;
    private TestAdapter adapter = null!;

    public async Task InitializeAsync()
    {
        chat = new TeamsChat(new Uri(ServiceUrl), conversation.Id);
        services = await BotServices.StartAsync(new Dictionary<string, string?> { ["Facilitators:Users:0"] = "aad-co-host" });
        adapter = new TestAdapter(new ConversationReference
        {
            ChannelId = Channels.Msteams,
            ServiceUrl = ServiceUrl,
            Bot = BotAccount,
            User = new ChannelAccount(Facilitator.Id, Facilitator.Name, aadObjectId: Facilitator.AadObjectId),
            Conversation = conversation,
        });
        adapter.OnTurnError = (_, exception) => throw new InvalidOperationException("The bot failed a turn", exception);
    }

    public async Task DisposeAsync() => await services.DisposeAsync();

    [Fact]
    public async Task A_participant_who_is_not_a_facilitator_is_refused_politely_and_nothing_changes()
    {
        await Flow()
            .Send(Mention(Facilitator, "start"))
            .AssertReply(a => Assert.Contains("gestart door Fenna Begeleider", a.AsMessageActivity().Text, StringComparison.Ordinal), null, Timeout)
            .AssertReply(CardShows("Onderdeel 1 van 18"), null, Timeout)
            .Send(Mention(Participant, "volgende"))
            .AssertReply(a => Assert.Contains("alleen de begeleiders", a.AsMessageActivity().Text, StringComparison.Ordinal), null, Timeout)
            .Send(Mention(Participant, "stop"))
            .AssertReply(a => Assert.Contains("alleen de begeleiders", a.AsMessageActivity().Text, StringComparison.Ordinal), null, Timeout)
            .StartTestAsync();

        var session = await services.Store.FindRunningSessionAsync(conversation.Id, CancellationToken.None);
        Assert.NotNull(session);
        Assert.Equal(0, session.CurrentItemIndex);
    }

    [Fact]
    public async Task A_facilitator_from_configuration_may_drive_a_session_someone_else_started()
    {
        var coHost = new TeamsUser("29:cohost", "Chris Co-host", "aad-co-host");
        await Flow()
            .Send(Mention(Facilitator, "start"))
            .AssertReply(TextSays("gestart door Fenna Begeleider"), null, Timeout)
            .AssertReply(CardShows("Onderdeel 1 van 18"), null, Timeout)
            .Send(Mention(coHost, "next"))
            // "next" is English, but cards keep the programme's (Dutch) language.
            .AssertReply(CardShows("Onderdeel 2 van 18"), null, Timeout)
            .StartTestAsync();
    }

    [Fact]
    public async Task Unknown_commands_and_programmes_get_helpful_answers()
    {
        await Flow()
            .Send(Mention(Facilitator, "start onbekend-programma"))
            .AssertReply(a =>
            {
                var text = a.AsMessageActivity().Text;
                Assert.Contains("Ik ken het programma `onbekend-programma` niet", text, StringComparison.Ordinal);
                Assert.Contains("`sociale-basis`", text, StringComparison.Ordinal);
                Assert.Contains("`buurtkracht-workshop`", text, StringComparison.Ordinal);
            })
            .Send(Mention(Facilitator, "volgende"))
            .AssertReply(a => Assert.Contains("Er loopt hier geen sessie", a.AsMessageActivity().Text, StringComparison.Ordinal), null, Timeout)
            .Send(Mention(Facilitator, "dansen"))
            .AssertReply(a => Assert.Contains("Commando's voor begeleiders", a.AsMessageActivity().Text, StringComparison.Ordinal), null, Timeout)
            .Send(Mention(Facilitator, "help"))
            .AssertReply(a =>
            {
                var text = a.AsMessageActivity().Text;
                Assert.Contains("`volgende`", text, StringComparison.Ordinal);
                Assert.Contains("`sluit`", text, StringComparison.Ordinal);
                Assert.Contains("`buurtkracht-workshop`", text, StringComparison.Ordinal);
            })
            .Send(Mention(Facilitator, "start"))
            .AssertReply(TextSays("gestart door Fenna Begeleider"), null, Timeout)
            .AssertReply(CardShows("Onderdeel 1 van 18"), null, Timeout)
            .Send(Mention(Facilitator, "volgende twee"))
            .AssertReply(a => Assert.Contains("`volgende` heeft geen extra woorden nodig", a.AsMessageActivity().Text, StringComparison.Ordinal), null, Timeout)
            .Send(Mention(Facilitator, "sluit"))
            .AssertReply(a => Assert.Contains("Er staat nu geen vraag open", a.AsMessageActivity().Text, StringComparison.Ordinal), null, Timeout)
            .Send(Mention(Facilitator, "start"))
            .AssertReply(a => Assert.Contains("Er loopt hier al een sessie", a.AsMessageActivity().Text, StringComparison.Ordinal), null, Timeout)
            .StartTestAsync();
    }

    [Fact]
    public async Task Plain_chat_messages_are_silent_answers_and_commands_are_never_answers()
    {
        var flow = Flow()
            .Send(Mention(Facilitator, "start buurtkracht-workshop"))
            .AssertReply(TextSays("gestart door Fenna Begeleider (5 onderdelen)"), null, Timeout)
            .AssertReply(CardShows("Onderdeel 1 van 5"), null, Timeout);
        flow = flow.Send(Mention(Facilitator, "volgende")).AssertReply(CardShows("Onderdeel 2 van 5"), null, Timeout)
            .Send(Mention(Facilitator, "volgende")).AssertReply(a => Assert.Contains("answer", CardJson(a), StringComparison.Ordinal), null, Timeout)
            .Send(Plain(Participant, "Mijn buurvrouw kookt voor de hele straat"))
            .AssertNoReplyDuringTheTurn(adapter)
            .Send(Mention(Facilitator, "status"))
            .AssertReply(a => Assert.Contains("1 antwoord", a.AsMessageActivity().Text, StringComparison.Ordinal));
        await flow.StartTestAsync();

        var session = await services.Store.FindRunningSessionAsync(conversation.Id, CancellationToken.None);
        var answers = await services.Store.ListAnswersAsync(session!.Id, null, CancellationToken.None);
        Assert.Equal(["Mijn buurvrouw kookt voor de hele straat"], answers.Select(a => a.Text));
    }

    [Fact]
    public async Task Poll_answers_typed_as_letters_are_read_as_choices()
    {
        var flow = Flow()
            .Send(Mention(Facilitator, "start"))
            .AssertReply(TextSays("gestart door Fenna Begeleider (18 onderdelen)"), null, Timeout)
            .AssertReply(CardShows("Onderdeel 1 van 18"), null, Timeout);
        for (var item = 2; item <= 4; item++)
        {
            flow = flow.Send(Mention(Facilitator, "volgende")).AssertReply(CardShows($"Onderdeel {item} van 18"), null, Timeout);
        }

        await flow.Send(Plain(Participant, "A, C en F")).AssertNoReplyDuringTheTurn(adapter).StartTestAsync();

        var session = await services.Store.FindRunningSessionAsync(conversation.Id, CancellationToken.None);
        Assert.Equal("eigenschappen", session!.OpenItemId);
        var answer = Assert.Single(await services.Store.ListAnswersAsync(session.Id, "eigenschappen", CancellationToken.None));
        Assert.Equal("A,C,F", answer.Choices);
    }

    private const uint Timeout = 10_000;

    private TestFlow Flow() => new(adapter, services.Bot);

    private Activity Mention(TeamsUser from, string text) => Read(chat.Mention(from, text));

    private Activity Plain(TeamsUser from, string text) => Read(chat.Message(from, text));

    /// <summary>The kit's JSON read the way the Bot Framework adapter reads a request body.</summary>
    private static Activity Read(JsonObject activity) => JsonConvert.DeserializeObject<Activity>(activity.ToJsonString())!;

    private static Action<IActivity> TextSays(string expected) =>
        a => Assert.Contains(expected, a.AsMessageActivity().Text, StringComparison.Ordinal);

    private static Action<IActivity> CardShows(string expected) =>
        a => Assert.Contains(expected, string.Join("\n", CardText.All(JsonNode.Parse(CardJson(a)))), StringComparison.Ordinal);

    private static string CardJson(IActivity activity) =>
        JsonConvert.SerializeObject(activity.AsMessageActivity().Attachments?.FirstOrDefault()?.Content);
}
