using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SocialeBasisBot.Storage;
using SocialeBasisBot.Tests.Infrastructure;

namespace SocialeBasisBot.Tests.Storage;

/// <summary>
/// Two bot instances on one PostgreSQL behave as one bot: Teams delivers to either (and, under load, to both), and
/// still every command runs once, every answer counts once, and edits and deletes apply wherever they arrive.
/// Skipped (with the reason) when no PostgreSQL test server is configured.
/// </summary>
public sealed partial class TwoInstancesTests : IAsyncLifetime
{
    private readonly TwoInstances instances = new();
    private readonly TeamsUser facilitator = TeamsChat.User(1);
    private TeamsChat chat = null!;

    private LocalTeamsConnector connector = null!;
    private BotHost first = null!;
    private BotHost second = null!;

    public async Task InitializeAsync()
    {
        await instances.InitializeAsync();
        if (instances.SkipReason is null)
        {
            (connector, first, second) = (instances.Connector, instances.First, instances.Second);
            chat = new TeamsChat(connector.ServiceUrl, $"19:{Guid.NewGuid():N}@thread.v2");
        }
    }

    public Task DisposeAsync() => instances.DisposeAsync();

    [SkippableFact]
    public async Task Four_hundred_answers_over_two_instances_with_redelivery_edits_and_deletes_count_as_one_bot()
    {
        Skip.If(instances.SkipReason is not null, instances.SkipReason);
        await BothAsync(chat.Mention(facilitator, "start"));
        for (var step = 0; step < 10 && !connector.Posts.Any(p => p.SubmitData?["item"]?.GetValue<string>() == "q1"); step++)
        {
            await BothAsync(chat.Mention(facilitator, "volgende"));
        }

        var messages = Enumerable.Range(0, 400)
            .Select(i => chat.Message(TeamsChat.User(100 + i), $"Antwoord {i}: {DevAnswers.All[i % DevAnswers.All.Count].Text}"))
            .ToList();
        // Each answer to one instance, the first 50 also to the other (Teams redelivering to another instance).
        var deliveries = messages.Select((m, i) => (Host: i % 2 == 0 ? first : second, Activity: m))
            .Concat(messages.Take(50).Select((m, i) => (Host: i % 2 == 0 ? second : first, Activity: m)));
        foreach (var batch in deliveries.Chunk(50))
        {
            await Task.WhenAll(batch.Select(d => PostAsync(d.Host, d.Activity)));
        }

        // Edits and deletes arrive at the instance that did not store the answer.
        await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            PostAsync(i % 2 == 0 ? second : first, chat.Edit(TeamsChat.User(100 + i), Id(messages[i]), $"Aangepast antwoord {i}"))));
        await Task.WhenAll(Enumerable.Range(10, 10).Select(i =>
            PostAsync(i % 2 == 0 ? second : first, chat.Delete(TeamsChat.User(100 + i), Id(messages[i])))));

        var beforeClose = connector.Calls.Count;
        await BothAsync(chat.Mention(facilitator, "sluit"));

        var store = first.Service<SessionStore>();
        var session = await store.FindRunningSessionAsync(chat.ConversationId, CancellationToken.None);
        var answers = await store.ListAnswersAsync(session!.Id, "q1", CancellationToken.None);
        Assert.Equal(400, answers.Count);
        Assert.Equal(390, answers.Count(a => !a.IsRetracted));
        var edited = messages.Take(10).Select(Id).ToHashSet();
        Assert.All(answers.Where(a => edited.Contains(a.SourceMessageId!)), a => Assert.StartsWith("Aangepast antwoord", a.Text, StringComparison.Ordinal));
        var deleted = messages.Skip(10).Take(10).Select(Id).ToHashSet();
        Assert.All(answers.Where(a => deleted.Contains(a.SourceMessageId!)), a => Assert.True(a.IsRetracted));

        var afterClose = connector.Calls.Skip(beforeClose).Where(c => c.Succeeded).ToList();
        Assert.True(afterClose.Count(p => p.Text.Contains("390 antwoorden van 390 deelnemers", StringComparison.Ordinal)) == 1,
            string.Join("\n", afterClose.Select(c => $"{c.Method} {c.AllText[..Math.Min(80, c.AllText.Length)]}")));
        // A new message, or the "Bezig met samenvatten…" placeholder replaced by it: one summary either way.
        Assert.Single(afterClose, c => c.Method is "POST" or "PUT"
            && c.Cards.Any(card => CardText.All(card).Any(t => t.StartsWith("Samenvatting:", StringComparison.Ordinal))));
        var positions = connector.Posts.Select(p => Position().Match(p.AllText)).Where(m => m.Success)
            .Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(Enumerable.Range(1, positions.Count), positions);
        Assert.True(positions.Count >= 6, "q1 was reached");
    }

    [SkippableFact]
    public async Task Two_facilitators_saying_volgende_on_two_instances_at_once_move_two_items_in_order()
    {
        Skip.If(instances.SkipReason is not null, instances.SkipReason);
        await BothAsync(chat.Mention(facilitator, "start"));
        await BothAsync(chat.Mention(facilitator, "volgende"));
        for (var round = 0; round < 6; round++)
        {
            // Two different messages: both are commands, and each must move from where the other left the session.
            await Task.WhenAll(PostAsync(first, chat.Mention(facilitator, "volgende")), PostAsync(second, chat.Mention(facilitator, "volgende")));
        }

        Assert.True(await first.OutboxSentAsync(TimeSpan.FromSeconds(30)), "the outbox was sent");
        var positions = connector.Posts.Select(p => Position().Match(p.AllText)).Where(m => m.Success)
            .Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(Enumerable.Range(1, 14), positions.Order());
        var session = await first.Service<SessionStore>().FindRunningSessionAsync(chat.ConversationId, CancellationToken.None);
        Assert.Equal(13, session!.CurrentItemIndex);
    }

    [SkippableFact]
    public async Task An_answer_to_an_instance_that_kept_the_old_question_goes_to_the_question_the_other_instance_opened()
    {
        Skip.If(instances.SkipReason is not null, instances.SkipReason);
        await BothAsync(chat.Mention(facilitator, "start"));
        var store = first.Service<SessionStore>();
        async Task<string?> OpenItemAsync() => (await store.FindRunningSessionAsync(chat.ConversationId, CancellationToken.None))?.OpenItemId;
        for (var step = 0; step < 20 && await OpenItemAsync() != "q1"; step++)
        {
            await BothAsync(chat.Mention(facilitator, "volgende"));
        }

        // The first instance stores an answer to q1 and keeps that session in memory (OpenQuestionCache)…
        var before = chat.Message(TeamsChat.User(200), "Meer vraag naar vrijwilligers dan aanbod");
        await PostAsync(first, before);
        // …while the facilitator moves on to q2 through the second instance only.
        for (var step = 0; step < 20 && await OpenItemAsync() != "q2"; step++)
        {
            await PostAsync(second, chat.Mention(facilitator, "volgende"));
            Assert.True(await second.OutboxSentAsync(TimeSpan.FromSeconds(60)), "the outbox was sent");
        }

        Assert.Equal("q2", await OpenItemAsync());
        var after = chat.Message(TeamsChat.User(201), "Samenwerken met de buurt");
        await PostAsync(first, after);

        var session = await store.FindRunningSessionAsync(chat.ConversationId, CancellationToken.None);
        Assert.Equal([Id(before)], (await store.ListAnswersAsync(session!.Id, "q1", CancellationToken.None)).Select(a => a.SourceMessageId));
        Assert.Equal([Id(after)], (await store.ListAnswersAsync(session.Id, "q2", CancellationToken.None)).Select(a => a.SourceMessageId));
    }

    /// <summary>
    /// The same activity to both instances at once, as Teams redelivering while the first is still busy; then waits
    /// until what it made either instance say has gone out, as the facilitator would before typing on.
    /// </summary>
    private async Task BothAsync(JsonObject activity)
    {
        await Task.WhenAll(PostAsync(first, activity), PostAsync(second, activity));
        // A summary of 390 answers is made before it is sent; on a busy 2-core machine that takes a while.
        Assert.True(await first.OutboxSentAsync(TimeSpan.FromSeconds(90)), "the outbox was sent");
    }

    private static async Task PostAsync(BotHost host, JsonObject activity)
    {
        using var response = await host.PostActivityAsync(activity.ToJsonString());
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Accepted, $"{activity["type"]}: {(int)response.StatusCode}");
    }

    private static string Id(JsonObject activity) => activity["id"]!.GetValue<string>();

    [GeneratedRegex(@"Onderdeel (\d+) van \d+")]
    private static partial Regex Position();
}
