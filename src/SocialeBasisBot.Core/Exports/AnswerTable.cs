using System.Globalization;
using SocialeBasisBot.Answers;
using SocialeBasisBot.Summaries;

namespace SocialeBasisBot.Exports;

/// <summary>Builds the rows of the answers export: programme order, then time; themes taken from the summary.</summary>
public static class AnswerTable
{
    public const string OtherLabel = "Overig";
    public const string OffTopicLabel = "Buiten het onderwerp";
    /// <summary>An answer that only agreed with another one ("+1", "eens met Sandra"): support, not a theme member.</summary>
    public const string SupportLabel = "Instemming";

    public static IReadOnlyList<AnswerRow> Build(SessionExportInput input, bool includeNames, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(timeZone);

        var sessionAnswers = input.Answers
            .Where(a => string.Equals(a.SessionId, input.Session.Id, StringComparison.Ordinal))
            .ToList();
        var pseudonyms = new ParticipantPseudonyms(sessionAnswers);
        var themes = ThemesByAnswer(input.Summary.Questions);
        var engineThemes = ThemesByAnswer(input.Summary.Questions.Select(q => q.Engine ?? q));
        var secondThemes = input.Summary.Questions.SelectMany(q => q.DistinctThemes)
            .SelectMany(t => t.SecondaryAnswerIds.Select(id => (id, t.Label)))
            .GroupBy(x => x.id).ToDictionary(g => g.Key, g => string.Join(" / ", g.Select(x => x.Label).Distinct(StringComparer.Ordinal)));
        var support = input.Summary.Questions.SelectMany(q => q.SupportByAnswer)
            .GroupBy(x => x.Key).ToDictionary(g => g.Key, g => g.Sum(x => x.Value));
        var itemOrder = input.Programme.Items
            .Select((item, index) => (item.Id, index))
            .DistinctBy(x => x.Id, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(x => x.Id, x => x.index, StringComparer.OrdinalIgnoreCase);

        return sessionAnswers
            .Where(a => !a.IsRetracted)
            .OrderBy(a => itemOrder.GetValueOrDefault(a.ItemId, int.MaxValue))
            .ThenBy(a => a.ReceivedAt)
            .ThenBy(a => a.Id)
            .Select(a =>
            {
                var item = input.Programme.FindItem(a.ItemId);
                var question = item is null ? a.ItemId : $"{item.Id}: {item.QuestionText}";
                var hasTheme = themes.TryGetValue(a.Id, out var theme);
                var blocks = theme.Blocks ?? (item is null ? [] : BuildingBlockResolver.Resolve(input.Programme, item.BuildingBlocks));
                var name = includeNames && !string.IsNullOrWhiteSpace(a.ParticipantName)
                    ? a.ParticipantName
                    : pseudonyms.For(a.ParticipantId);
                return new AnswerRow(
                    question,
                    string.Join(" / ", blocks.Select(b => b.Title)),
                    hasTheme ? theme.Label : "",
                    a.Text,
                    TimeZoneInfo.ConvertTime(a.ReceivedAt, timeZone).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture),
                    name)
                {
                    EngineTheme = engineThemes.TryGetValue(a.Id, out var engine) ? engine.Label : "",
                    // A plain count, not "+3": a spreadsheet sorts and sums it, and the CSV formula guard would turn "+3" into "'+3".
                    Support = support.GetValueOrDefault(a.Id) is > 0 and var plus ? plus.ToString(CultureInfo.InvariantCulture) : "",
                    SecondTheme = secondThemes.GetValueOrDefault(a.Id, ""),
                };
            })
            .ToList();
    }

    private static Dictionary<long, (string Label, IReadOnlyList<BuildingBlockRef>? Blocks)> ThemesByAnswer(IEnumerable<QuestionSummary> questions)
    {
        var byAnswer = new Dictionary<long, (string Label, IReadOnlyList<BuildingBlockRef>? Blocks)>();
        foreach (var question in questions)
        {
            foreach (var theme in question.DistinctThemes)
            {
                var blocks = question.Groups
                    .Where(g => g.Themes.Any(t => t.Id == theme.Id))
                    .Select(g => g.BuildingBlock)
                    .ToList();
                foreach (var id in theme.AnswerIds)
                {
                    // An engine may put one answer in two themes; the export shows both.
                    byAnswer[id] = byAnswer.TryGetValue(id, out var earlier)
                        ? ($"{earlier.Label} / {theme.Label}", (earlier.Blocks ?? []).Concat(blocks).DistinctBy(b => b.Id).ToList())
                        : (theme.Label, blocks);
                }
            }

            foreach (var id in question.OtherAnswerIds)
                byAnswer.TryAdd(id, (OtherLabel, null));
            foreach (var id in question.OffTopicAnswerIds)
                byAnswer.TryAdd(id, (OffTopicLabel, null));
            foreach (var id in question.SupportAnswerIds)
                byAnswer.TryAdd(id, (SupportLabel, null));
        }

        return byAnswer;
    }
}
