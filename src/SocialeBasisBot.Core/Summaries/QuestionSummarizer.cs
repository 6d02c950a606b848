using System.Globalization;
using SocialeBasisBot.Answers;
using SocialeBasisBot.Programme;
using SocialeBasisBot.Themes;

namespace SocialeBasisBot.Summaries;

/// <summary>
/// Summarises the answers to one open question with the theme engine. A pure function of its input, so a question
/// closed earlier can be summarised again later with the same result (given the same engine).
/// </summary>
public sealed class QuestionSummarizer(IThemeEngine themeEngine)
{
    /// <summary>Below this many answers no themes are made: three people do not make a pattern.</summary>
    public const int MinimumAnswers = 3;

    private const int MaxQuotes = 2;

    /// <param name="answers">May hold answers to other questions and retracted answers: both are left out.</param>
    public async Task<QuestionSummary> SummarizeAsync(
        WebinarProgramme programme,
        ProgrammeItem question,
        IEnumerable<Answer> answers,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(answers);
        if (question.Kind != ProgrammeItemKind.OpenQuestion)
            throw new ArgumentException(
                $"Item '{question.Id}' is {question.Kind}, not an open question; polls go to {nameof(PollSummarizer)}.",
                nameof(question));

        var own = answers.Where(a => BuildingBlockResolver.Belongs(a, question)).ToList();
        var questionBlocks = BuildingBlockResolver.Resolve(programme, question.BuildingBlocks);
        var summary = new QuestionSummary
        {
            ItemId = question.Id,
            QuestionText = question.QuestionText,
            BuildingBlocks = questionBlocks,
            AnswerCount = own.Count,
            ParticipantCount = own.Select(a => a.ParticipantId).Distinct(StringComparer.Ordinal).Count(),
            TooFewAnswers = own.Count < MinimumAnswers,
        };
        if (summary.TooFewAnswers)
            return summary;

        // Positions, not database ids, identify answers to the engine: answers not yet stored all have id 0.
        var positions = own.Select((a, i) => (a.SourceMessageId, i)).DistinctBy(x => x.SourceMessageId, StringComparer.Ordinal)
            .ToDictionary(x => x.SourceMessageId, x => x.i, StringComparer.Ordinal);
        var request = new ThemeRequest
        {
            Answers = own.Select((a, i) => new ThemeAnswer(i.ToString(CultureInfo.InvariantCulture), a.Text)
            {
                Author = a.ParticipantName,
                // A Teams quote-reply names the quoted message; the engine counts an empty one as support for it.
                QuotedAnswerId = a.QuotedMessageId is { } quoted && positions.TryGetValue(quoted, out var p)
                    ? p.ToString(CultureInfo.InvariantCulture) : null,
            }).ToList(),
            ExpectedThemes = QuestionThemeContext.ExpectedThemes(question),
            BuildingBlocks = QuestionThemeContext.BuildingBlocks(programme, question),
            QuestionText = summary.QuestionText,
        };
        var result = await themeEngine.FindThemesAsync(request, cancellationToken);
        return Assemble(summary, programme, questionBlocks, own, result);
    }

    private static QuestionSummary Assemble(
        QuestionSummary summary,
        WebinarProgramme programme,
        IReadOnlyList<BuildingBlockRef> questionBlocks,
        List<Answer> own,
        ThemeResult result)
    {
        // The engine's ids are checked against the input: an id it made up never becomes a count or a quote.
        List<int> Positions(IEnumerable<string> ids) => ids
            .Select(id => int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : -1)
            .Where(p => p >= 0 && p < own.Count)
            .Distinct()
            .ToList();

        var offTopic = Positions(result.OffTopic);
        var offTopicSet = offTopic.ToHashSet();
        // "+1", "eens met Sandra": counted with the answer agreed with, and neither a theme member nor off-topic.
        var supporting = Positions(result.Support.Select(x => x.AnswerId)).Where(p => !offTopicSet.Contains(p)).ToHashSet();
        var supportOf = result.Support
            .Where(x => x.SupportsId is not null && Positions([x.AnswerId]) is [var from] && supporting.Contains(from))
            .SelectMany(x => Positions([x.SupportsId!]))
            .GroupBy(p => p).ToDictionary(g => g.Key, g => g.Count());
        var inTheme = new HashSet<int>();
        var placed = new List<(ThemeSummary Theme, IReadOnlyList<BuildingBlockRef> Blocks)>();
        foreach (var theme in result.Themes)
        {
            var members = Positions(theme.AnswerIds).Where(p => !offTopicSet.Contains(p) && !supporting.Contains(p)).ToList();
            if (members.Count == 0)
                continue;
            inTheme.UnionWith(members);
            // The answer most agreed with is quoted first, with its "+N"; then the engine's representatives.
            var quotePositions = members.Where(supportOf.ContainsKey).OrderByDescending(p => supportOf[p]).ThenBy(p => p)
                .Concat(Positions(theme.RepresentativeIds).Where(members.Contains)).Concat(members);
            var quotes = quotePositions
                .Where(p => !string.IsNullOrWhiteSpace(own[p].Text))
                .DistinctBy(p => own[p].Text, StringComparer.Ordinal)
                .Take(MaxQuotes)
                .ToList();
            var themeSummary = new ThemeSummary
            {
                Id = theme.Id,
                Label = theme.Label,
                Count = members.Count,
                Quotes = quotes.Select(p => own[p].Text).ToList(),
                QuoteSupport = quotes.Select(p => supportOf.GetValueOrDefault(p)).ToList(),
                Support = members.Sum(p => supportOf.GetValueOrDefault(p)),
                AnswerIds = members.Select(p => own[p].Id).ToList(),
                // A second idea of an answer whose own theme is another one: never one of this theme's own answers.
                SecondaryAnswerIds = Positions(theme.SecondaryAnswerIds)
                    .Where(p => !offTopicSet.Contains(p) && !supporting.Contains(p) && !members.Contains(p))
                    .Select(p => own[p].Id).ToList(),
                Expected = theme.Expected,
            };
            var blocks = theme.BuildingBlocks.Count > 0
                ? BuildingBlockResolver.Resolve(programme, theme.BuildingBlocks)
                : questionBlocks;
            if (blocks is [{ IsGeneral: true }])
                blocks = questionBlocks;
            placed.Add((themeSummary, blocks));
        }

        // Whatever is neither in a theme, nor off-topic, nor support counts as "Overig", so the counts always add up.
        var other = Enumerable.Range(0, own.Count).Where(p => !inTheme.Contains(p) && !offTopicSet.Contains(p) && !supporting.Contains(p)).ToList();

        var blockOrder = questionBlocks
            .Concat(programme.BuildingBlocks.Select(b => new BuildingBlockRef { Id = b.Id, Title = b.Title }))
            .Append(BuildingBlockRef.General)
            .DistinctBy(b => b.Id)
            .ToList();
        var groups = blockOrder
            .Select(block => new BuildingBlockThemes
            {
                BuildingBlock = block,
                Themes = placed
                    .Where(t => t.Blocks.Any(b => b.Id == block.Id))
                    .Select(t => t.Theme)
                    .OrderByDescending(t => t.Count)
                    .ToList(),
            })
            .Where(g => g.Themes.Count > 0)
            .ToList();

        return summary with
        {
            Groups = groups,
            OtherCount = other.Count,
            OtherAnswerIds = other.Select(p => own[p].Id).ToList(),
            SupportCount = supporting.Count,
            SupportAnswerIds = supporting.Order().Select(p => own[p].Id).ToList(),
            SupportByAnswer = supportOf.GroupBy(x => own[x.Key].Id).ToDictionary(g => g.Key, g => g.Sum(x => x.Value)),
            OffTopicCount = offTopic.Count,
            OffTopicAnswerIds = offTopic.Select(p => own[p].Id).ToList(),
            Settings = result.Settings,
        };
    }
}
