using System.Globalization;
using System.Text.Json.Nodes;
using SocialeBasisBot.Corrections;
using SocialeBasisBot.Exports;
using SocialeBasisBot.Summaries;

namespace SocialeBasisBot.Teams.Cards;

/// <summary>
/// The facilitator's own view of a question's themes, to correct them: the themes with their counts, and three
/// forms (rename, merge, move an answer, also to "Overig", off-topic or back) behind ShowCards, each sending an
/// Action.Execute. It is an invoke response, so only the facilitator sees it; inputs stay within it, never in the
/// summary card everyone sees.
/// </summary>
public sealed class CorrectionCards
{
    /// <summary>Long enough to recognise an answer in a list, short enough that hundreds fit one card.</summary>
    private const int AnswerTitleLength = 70;

    private const string OffTopicValue = CorrectionRequest.OffTopicTarget;
    private readonly CardTemplate template = CardTemplate.Load("theme-corrections");

    public JsonObject Render(CorrectionView view, string sessionId)
    {
        ArgumentNullException.ThrowIfNull(view);
        var summary = view.Summary ?? throw new ArgumentException("A view to correct has a summary.", nameof(view));
        var answers = view.Answers ?? [];
        var words = view.Words;
        var say = view.Say;
        var themes = summary.DistinctThemes.OrderByDescending(t => t.Count).ToList();
        var placeOf = new Dictionary<long, string>();
        foreach (var theme in themes)
            foreach (var id in theme.AnswerIds)
                placeOf.TryAdd(id, theme.Label);
        foreach (var id in summary.OtherAnswerIds)
            placeOf.TryAdd(id, words.OtherTheme);
        foreach (var id in summary.OffTopicAnswerIds)
            placeOf.TryAdd(id, words.OffTopicTheme);
        foreach (var id in summary.SupportAnswerIds)
            placeOf.TryAdd(id, Exports.AnswerTable.SupportLabel);

        var themeChoices = themes.Select(t => new { title = Plain(t.Label), value = t.Id }).ToList();
        var targets = themeChoices
            .Append(new { title = words.OtherTheme, value = ThemeCorrection.OtherThemeId })
            .Append(new { title = words.OffTopicTheme, value = OffTopicValue })
            .ToList();
        var rest = new List<string>();
        if (summary.OtherCount > 0) rest.Add(say.Other(summary.OtherCount));
        if (summary.OffTopicCount > 0) rest.Add(say.OffTopic(summary.OffTopicCount));

        // Every answer of the question, with where it is now; as many as fit in one message (Teams' size limit).
        var listed = answers.Where(a => placeOf.ContainsKey(a.Id)).ToList();
        for (var count = listed.Count; ; count /= 2)
        {
            var card = template.Render(new
            {
                title = words.Title(summary.QuestionText),
                explanation = words.Explanation,
                status = view.Message ?? "",
                statusColor = view.Outcome == CorrectionOutcome.Invalid ? "Attention" : "Good",
                themes = themes.Select(t => new { label = MarkdownText.Inline(t.Label), count = t.Count.ToString(CultureInfo.InvariantCulture) }).ToList(),
                restText = string.Join(" · ", rest),
                unmatchedText = summary.UnmatchedCorrections > 0 ? words.Unmatched(summary.UnmatchedCorrections) : "",
                renameTitle = words.Rename,
                mergeTitle = words.Merge,
                moveTitle = words.Move,
                doneTitle = words.Done,
                save = words.Save,
                themeLabel = words.ThemeLabel,
                newName = words.NewName,
                nameRequired = words.NameRequired,
                mergeFrom = words.MergeFrom,
                mergeInto = words.MergeInto,
                answerLabel = words.AnswerLabel,
                moveTo = words.MoveTo,
                themeChoices,
                targetChoices = targets,
                answerChoices = listed.Take(count).Select(a => new
                {
                    title = $"{Short(a.Text)} → {Plain(placeOf[a.Id])}",
                    value = a.Id.ToString(CultureInfo.InvariantCulture),
                }).ToList(),
                session = sessionId,
                item = summary.ItemId,
            });
            if (SummaryCards.SizeInTeams(card) <= SummaryCards.MaxCardBytes || count == 0)
                return card;
        }
    }

    // Choice titles are plain text in Teams (no Markdown), so only length and line breaks matter here.
    private static string Short(string text)
    {
        var line = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return line.Length == 0 ? "+1" : line.Length <= AnswerTitleLength ? $"“{line}”" : $"“{line[..AnswerTitleLength]}…”";
    }

    private static string Plain(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
