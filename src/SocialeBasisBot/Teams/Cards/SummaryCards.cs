using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SocialeBasisBot.Exports;
using SocialeBasisBot.Sessions;
using SocialeBasisBot.Summaries;

namespace SocialeBasisBot.Teams.Cards;

/// <summary>
/// Renders summaries as Adaptive Cards. Participant text (quotes, and labels made from their words) is made inert
/// Markdown, and long content is split so no message comes near Teams' size limit.
/// </summary>
public sealed partial class SummaryCards
{
    /// <summary>Teams rejects bot messages over 100 KB (UTF-16) and advises staying under 80 KB; keep a margin.</summary>
    public const int MaxCardBytes = 76 * 1024;

    private const int MaxQuoteLength = 280;
    private readonly CardTemplate question = CardTemplate.Load("question-summary");
    private readonly CardTemplate poll = CardTemplate.Load("poll-summary");
    private readonly CardTemplate session = CardTemplate.Load("session-summary");
    private readonly CardTemplate export = CardTemplate.Load("export");

    public static int SizeInTeams(JsonObject card) => Encoding.Unicode.GetByteCount(card.ToJsonString());

    /// <param name="sessionId">Given, the card offers facilitators to correct its themes (Action.Execute; older clients
    /// without Universal Actions drop the button, since a submit could not bring them the card to correct with).</param>
    public JsonObject Question(QuestionSummary summary, Phrases say, string? sessionId = null)
    {
        var words = Corrections.CorrectionPhrases.For(say);
        var title = say.SummaryTitle(summary.QuestionText);
        var groups = summary.Groups
            .Where(g => g.Themes.Count > 0)
            .Select(g => new
            {
                block = g.BuildingBlock.IsGeneral ? g.BuildingBlock.Title : $"{say.BuildingBlockLabel}: {g.BuildingBlock.Title}",
                themes = g.Themes.OrderByDescending(t => t.Count).Select(t => new
                {
                    label = Safe(t.Label),
                    count = t.Count.ToString(CultureInfo.InvariantCulture),
                    quotes = t.Quotes.Select((q, i) => new { text = Quote(q), plus = Plus(t.QuoteSupport, i) }).ToList(),
                    also = t.SecondaryAnswerIds.Count > 0 ? say.AlsoIn(t.SecondaryAnswerIds.Count) : "",
                }).ToList(),
            }).ToList();
        var card = question.Render(new
        {
            title,
            counts = say.AnswersFrom(summary.AnswerCount, summary.ParticipantCount),
            tooFew = summary.TooFewAnswers,
            tooFewText = say.TooFewAnswers(summary.AnswerCount),
            groups,
            otherText = summary.OtherCount > 0 ? say.Other(summary.OtherCount) : "",
            offTopicText = summary.OffTopicCount > 0 ? say.OffTopic(summary.OffTopicCount) : "",
            note = summary.Settings is { Notes.Count: > 0 } settings ? string.Join(" ", settings.Notes.Select(ForTheRoom)) : "",
            correctedText = summary.Corrected ? words.Corrected : "",
            unmatchedText = summary.UnmatchedCorrections > 0 ? words.Unmatched(summary.UnmatchedCorrections) : "",
            correctable = sessionId is not null && !summary.TooFewAnswers && summary.DistinctThemes.Count > 0,
            correctTitle = words.CorrectButton,
            session = sessionId ?? "",
            item = summary.ItemId,
            fallback = $"{title}\n{say.AnswersFrom(summary.AnswerCount, summary.ParticipantCount)}\n"
                + string.Join("\n", summary.DistinctThemes.Select(t => $"{t.Label}: {t.Count}")),
        });
        return card;
    }

    /// <summary>
    /// Asks the Teams clients of <paramref name="userIds"/> (at most 60) to fetch their own view of the card
    /// (Universal Actions' user-specific views): a facilitator who just corrected keeps the view to go on correcting.
    /// </summary>
    public static JsonObject WithRefresh(JsonObject card, string sessionId, string itemId, IReadOnlyList<string> userIds)
    {
        ArgumentNullException.ThrowIfNull(card);
        card["refresh"] = new JsonObject
        {
            ["action"] = new JsonObject
            {
                ["type"] = "Action.Execute",
                ["verb"] = "sbb.themes.refresh",
                ["data"] = new JsonObject { ["sbb"] = "themes", ["session"] = sessionId, ["item"] = itemId },
            },
            ["userIds"] = new JsonArray([.. userIds.Take(60).Select(id => JsonValue.Create(id))]),
        };
        return card;
    }

    public JsonObject Poll(PollSummary summary, Phrases say)
    {
        var title = say.SummaryTitle(summary.QuestionText);
        return poll.Render(new
        {
            title,
            counts = say.Respondents(summary.Respondents),
            options = Options(summary),
            fallback = $"{title}\n" + string.Join("\n", summary.Options.Select(o => $"{o.OptionId}. {o.Label}: {o.Count}")),
        });
    }

    /// <summary>One card per building block, more when a block holds too much for one message.</summary>
    public IReadOnlyList<JsonObject> Session(SessionSummary summary, Phrases say)
    {
        var cards = new List<JsonObject>();
        foreach (var block in summary.BuildingBlocks.Where(b => !b.IsEmpty || !b.BuildingBlock.IsGeneral))
        {
            var questions = block.Questions.Select(q => new
            {
                question = q.Question.QuestionText,
                counts = q.Question.TooFewAnswers
                    ? say.TooFewAnswers(q.Question.AnswerCount)
                    : say.AnswersFrom(q.Question.AnswerCount, q.Question.ParticipantCount),
                themes = q.Themes.OrderByDescending(t => t.Count).Select(t => new
                {
                    label = Safe(t.Label),
                    count = t.Count.ToString(CultureInfo.InvariantCulture),
                    quote = t.Quotes.Count > 0 ? Quote(t.Quotes[0]) : "",
                }).ToList(),
            }).Cast<object>().ToList();
            var polls = block.Polls.Select(p => new
            {
                question = p.QuestionText,
                counts = say.Respondents(p.Respondents),
                options = Options(p),
            }).Cast<object>().ToList();
            cards.AddRange(Split(questions, polls, (qs, ps, part) => session.Render(new
            {
                title = say.SessionSummaryTitle(block.BuildingBlock.Title) + (part > 1 ? $" ({part})" : ""),
                subtitle = say.AnswersFrom(summary.AnswerCount, summary.ParticipantCount) + " · " + summary.ProgrammeTitle,
                empty = qs.Count == 0 && ps.Count == 0,
                emptyText = say.NothingYet,
                questions = qs,
                polls = ps,
                fallback = say.SessionSummaryTitle(block.BuildingBlock.Title),
            })));
        }

        return cards;
    }

    public JsonObject Export(IReadOnlyList<(string FileName, string Url)> files, bool withNames, DateTimeOffset expires, Phrases say) =>
        export.Render(new
        {
            title = say.DownloadsTitle,
            text = say.DownloadsText(withNames, expires),
            files = files.Select(f => new { label = say.FileLabel(f.FileName), url = f.Url }).ToList(),
            fallback = say.DownloadsTitle + "\n" + string.Join("\n", files.Select(f => $"{say.FileLabel(f.FileName)}: {f.Url}")),
        });

    /// <summary>Renders all content in one card if it fits, otherwise halves it until every part fits.</summary>
    private static IEnumerable<JsonObject> Split(
        List<object> questions, List<object> polls, Func<List<object>, List<object>, int, JsonObject> render, int part = 1)
    {
        var card = render(questions, polls, part);
        var items = questions.Count + polls.Count;
        if (SizeInTeams(card) <= MaxCardBytes || items <= 1)
        {
            return [card];
        }

        var all = questions.Select(q => (IsPoll: false, Item: q)).Concat(polls.Select(p => (IsPoll: true, Item: p))).ToList();
        var firstHalf = all.Take(items / 2).ToList();
        var secondHalf = all.Skip(items / 2).ToList();
        var first = Split(Pick(firstHalf, false), Pick(firstHalf, true), render, part).ToList();
        var second = Split(Pick(secondHalf, false), Pick(secondHalf, true), render, part + first.Count);
        return first.Concat(second);

        static List<object> Pick(List<(bool IsPoll, object Item)> from, bool polls) =>
            from.Where(x => x.IsPoll == polls).Select(x => x.Item).ToList();
    }

    private static List<object> Options(PollSummary summary)
    {
        var max = Math.Max(1, summary.Options.Max(o => (int?)o.Count) ?? 0);
        return summary.Options.Select(o => (object)new
        {
            label = $"{o.OptionId}. {o.Label}",
            count = o.Count.ToString(CultureInfo.InvariantCulture),
            bar = new string('█', (int)Math.Round(10.0 * o.Count / max)).PadRight(10, '·'),
        }).ToList();
    }

    // "+3": how many participants only agreed with this quote ("+1", "eens met Sandra", 👍).
    private static string Plus(IReadOnlyList<int> support, int index) =>
        index < support.Count && support[index] > 0 ? "+" + support[index].ToString(CultureInfo.InvariantCulture) : "";

    private static string Quote(string text)
    {
        var single = MarkdownText.Inline(text.Trim());
        return single.Length <= MaxQuoteLength ? single : single[..MaxQuoteLength].TrimEnd('\\') + "…";
    }

    private static string Safe(string text) => MarkdownText.Inline(text);

    /// <summary>A note without its technical detail in brackets (exception texts belong in the log, not the chat).</summary>
    private static string ForTheRoom(string note) => MarkdownText.Inline(Detail().Replace(note, ""));

    [GeneratedRegex(@"\s*\([^)]*\)")]
    private static partial Regex Detail();
}
