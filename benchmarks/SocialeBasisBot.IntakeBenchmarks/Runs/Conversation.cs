using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SocialeBasisBot.LocalTeams;
using SocialeBasisBot.Testing;

namespace SocialeBasisBot.IntakeBenchmarks.Runs;

/// <summary>
/// One Teams group chat with the bot, driven only through /api/messages and read only from what the bot posts to
/// the local Teams connector, so the benchmark does not depend on how the bot works inside. The facilitator starts
/// a session and moves on to the first open question; the participants' answers are prepared as request bodies.
/// </summary>
public sealed partial class Conversation(LocalTeamsConnector connector, string label)
{
    private const string Question = "q1";
    private static readonly TeamsUser Facilitator = new("29:bench-facilitator", "Begeleider", "aad-bench-facilitator");
    private readonly TeamsChat chat = new(connector.ServiceUrl, $"19:bench-{label}-{Guid.NewGuid():N}@thread.v2");

    /// <summary>
    /// Bodies of <paramref name="count"/> plain chat answers from <paramref name="participants"/> people, each a new
    /// message. With <paramref name="numberFrom"/> every text differs (a number from it on is added), so the theme
    /// engine's embedding cache cannot answer for repeats of the 180 dev texts, nor for another run's answers, and a
    /// summary costs what a real one does.
    /// </summary>
    public IReadOnlyList<byte[]> Answers(int count, int participants, int? numberFrom = null)
    {
        var texts = DevAnswers.All;
        return Enumerable.Range(0, count)
            .Select(i => texts[i % texts.Count].Text + (numberFrom is { } from ? string.Create(CultureInfo.InvariantCulture, $" ({from + i})") : ""))
            .Select((text, i) => JsonSerializer.SerializeToUtf8Bytes(chat.Message(TeamsChat.User(i % participants), text)))
            .ToList();
    }

    /// <summary>Starts a session and says `volgende` until the question card of q1 has been posted.</summary>
    public async Task OpenQuestionAsync(Uri bot, CancellationToken ct)
    {
        await SayAsync(bot, "start", ct);
        for (var step = 0; !QuestionPosted(); step++)
        {
            if (step == 20)
            {
                throw new InvalidOperationException($"No question card for {Question} after start and 19 × volgende.");
            }

            // The bot posts each item's card after it has answered the turn: wait for the card of this step (or the
            // question's) before saying `volgende` again, so the session never skips past the question, however
            // slowly a busy machine lets the outbox send.
            var cards = ItemCards();
            await WaitUntilQuietOrAsync(QuestionPosted, ct);
            if (!QuestionPosted())
            {
                await SayAsync(bot, "volgende", ct);
                await connector.WaitForAsync(_ => ItemCards() > cards, TimeSpan.FromSeconds(60));
            }
        }
    }

    /// <summary>Item cards posted in this chat ("Onderdeel N van M" on each).</summary>
    private int ItemCards() => Posts().Count(p => p.AllText.Contains("Onderdeel ", StringComparison.Ordinal));

    /// <summary>How many answers the open question has, from the bot's reply to `status` (null if it cannot be read).</summary>
    public async Task<int?> StoredAnswersAsync(Uri bot, CancellationToken ct)
    {
        var before = Posts().Count;
        await SayAsync(bot, "status", ct);
        int? count = null;
        await connector.WaitForAsync(_ =>
        {
            foreach (var post in Posts().Skip(before))
            {
                // Phrases.Status: "… Open vraag: *(title)* (N antwoorden). …"
                var match = OpenCount().Match(post.AllText);
                if (match.Success)
                {
                    count = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
                    return true;
                }
            }

            return false;
        }, TimeSpan.FromSeconds(30));
        return count;
    }

    /// <summary>Says `muur` and returns the wall link the bot posts.</summary>
    public async Task<Uri> WallLinkAsync(Uri bot, CancellationToken ct)
    {
        var before = Posts().Count;
        await SayAsync(bot, "muur", ct);
        Uri? link = null;
        await connector.WaitForAsync(_ =>
        {
            var match = Posts().Skip(before).Select(p => WallLink().Match(p.Text)).FirstOrDefault(m => m.Success);
            link = match is null ? null : new Uri(match.Groups[1].Value);
            return link is not null;
        }, TimeSpan.FromSeconds(30));
        return link ?? throw new InvalidOperationException("The bot posted no wall link after `muur`.");
    }

    /// <summary>
    /// Milliseconds from saying `status` in this chat until the bot's reply reaches the connector (NaN if it does not
    /// come within 10 s), <paramref name="times"/> times, half a second apart: a reply in a quiet chat, which the bot
    /// sends through its outbox after answering the turn. Spaced so Teams' rate per chat plays no part.
    /// </summary>
    public async Task<IReadOnlyList<double>> ReplyTimesAsync(Uri bot, int times, CancellationToken ct)
    {
        var result = new List<double>();
        for (var i = 0; i < times; i++)
        {
            var before = connector.Calls.Count;
            var watch = Stopwatch.StartNew();
            await SayAsync(bot, "status", ct);
            var came = await connector.WaitForAsync(
                c => c.Calls.Skip(before).Any(x => x.Succeeded && x.ConversationId == chat.ConversationId && OpenCount().IsMatch(x.AllText)),
                TimeSpan.FromSeconds(10));
            result.Add(came ? watch.Elapsed.TotalMilliseconds : double.NaN);
            await Task.Delay(TimeSpan.FromMilliseconds(500), ct);
        }

        return result;
    }

    /// <summary>
    /// Says `sluit` and returns the seconds from sending it until the summary card of the open question is shown (NaN
    /// when it does not come within <paramref name="timeout"/>), with what the bot showed in this chat on the way and
    /// when: the closed card, "Vraag gesloten", a "busy" message. Only calls made after `sluit` count: moving past the
    /// checklist poll on the way to the question already posted a poll summary, which must not be taken for this one.
    /// </summary>
    public async Task<SummaryTimeline> CloseAndWaitForSummaryAsync(Uri bot, TimeSpan timeout, CancellationToken ct)
    {
        var before = connector.Calls.Count;
        var steps = new List<(double Seconds, string What)>();
        var watch = Stopwatch.StartNew();
        await SayAsync(bot, "sluit", ct);
        var acknowledged = watch.Elapsed.TotalSeconds;
        // Re-checked on every call the bot makes to the connector, not on a timer, so each call is timed as it comes.
        var posted = await connector.WaitForAsync(_ =>
        {
            foreach (var call in Shown(before).Skip(steps.Count))
            {
                steps.Add((watch.Elapsed.TotalSeconds, Describe(call)));
            }

            return SummaryShownAfter(before);
        }, timeout);
        return new SummaryTimeline(posted ? watch.Elapsed.TotalSeconds : double.NaN, acknowledged, steps);
    }

    private static string Describe(ConnectorCall call)
    {
        var first = call.AllText.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";
        return $"{call.Method} {(first.Length > 40 ? first[..40] + "…" : first)}";
    }

    private bool SummaryShownAfter(int before) =>
        Shown(before).Any(p => p.Cards.Any(card => CardText.All(card).Any(t => t.StartsWith("Samenvatting:", StringComparison.Ordinal))));

    private async Task SayAsync(Uri bot, string command, CancellationToken ct)
    {
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = bot, Timeout = TimeSpan.FromMinutes(2) };
        using var response = await http.PostAsJsonAsync(new Uri("/api/messages", UriKind.Relative), chat.Mention(Facilitator, command), ct);
        response.EnsureSuccessStatusCode();
    }

    private async Task WaitUntilQuietOrAsync(Func<bool> done, CancellationToken ct)
    {
        var waited = Stopwatch.StartNew();
        while (!done() && waited.Elapsed < TimeSpan.FromSeconds(15) && await connector.WaitForCallAsync(TimeSpan.FromSeconds(1)))
        {
            ct.ThrowIfCancellationRequested();
        }
    }

    private bool QuestionPosted() => Posts().Any(p => p.SubmitData?["item"] is JsonValue item && item.TryGetValue<string>(out var id) && id == Question);

    // A summary that takes a while replaces a "busy" message (PUT) instead of being posted.
    private List<ConnectorCall> Shown(int skip = 0) =>
        connector.Calls.Skip(skip).Where(c => c.Succeeded && c.Method is "POST" or "PUT" && c.ConversationId == chat.ConversationId).ToList();

    private List<ConnectorCall> Posts() => connector.Posts.Where(p => p.ConversationId == chat.ConversationId).ToList();

    [GeneratedRegex(@"\]\((http[^)\s]+/wall/[^)\s]+)\)")]
    private static partial Regex WallLink();

    [GeneratedRegex(@"\((\d+) antwoord(en)?\)")]
    private static partial Regex OpenCount();
}
