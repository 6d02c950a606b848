using SocialeBasisBot.Answers;
using SocialeBasisBot.Summaries;

namespace SocialeBasisBot.Corrections;

/// <summary>
/// Applies a facilitator's corrections, in order, to the engine's summary of one question. A pure function: the
/// engine's summary is left as it is (kept as <see cref="QuestionSummary.Engine"/>), and a correction that no longer
/// fits (its theme or answer is gone) is skipped, so an answer deleted later never breaks a summary. A theme is found
/// by the answers it held when the facilitator corrected it (<see cref="CorrectionAnchor"/>); one no theme matches
/// any more is counted in <see cref="QuestionSummary.UnmatchedCorrections"/>, so the card can say so.
/// </summary>
public static class ThemeCorrector
{
    private const int MaxQuotes = 2;

    public static QuestionSummary Apply(QuestionSummary engine, IReadOnlyList<ThemeCorrection> corrections, IReadOnlyList<Answer> answers)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(corrections);
        ArgumentNullException.ThrowIfNull(answers);
        var own = corrections.Where(c => string.Equals(c.ItemId, engine.ItemId, StringComparison.OrdinalIgnoreCase)).OrderBy(c => c.Id).ToList();
        if (own.Count == 0 || engine.TooFewAnswers)
        {
            return engine;
        }

        var themes = engine.DistinctThemes.Select(t => new Draft(t.Id, t.Label, t.Expected, [.. t.AnswerIds], t.Quotes) { Secondary = [.. t.SecondaryAnswerIds] }).ToList();
        var other = engine.OtherAnswerIds.ToList();
        var offTopic = engine.OffTopicAnswerIds.ToList();
        var support = engine.SupportAnswerIds.ToList();
        var present = answers.Where(a => !a.IsRetracted).Select(a => a.Id).ToHashSet();
        // Counted per correction: a merge whose two themes are both gone is one correction not applied, not two.
        var unmatched = new HashSet<long>();
        long current = 0;
        // The theme a correction meant: by the answers it held then, so a re-theming that renumbers ids never
        // redirects a rename or merge to another theme (CorrectionAnchor); null when none is meant any more.
        Draft? Theme(string? id, List<long>? anchor)
        {
            if (id is null)
                return null;
            var index = CorrectionAnchor.Find([.. themes.Select(t => (t.Id, (ICollection<long>)t.Members))], id, anchor, present.Contains);
            if (index < 0)
                unmatched.Add(current);
            return index < 0 ? null : themes[index];
        }

        bool Known(long id) => themes.Any(t => t.Members.Contains(id)) || other.Contains(id) || offTopic.Contains(id) || support.Contains(id);
        void Remove(long id)
        {
            foreach (var t in themes) t.Members.Remove(id);
            other.Remove(id);
            offTopic.Remove(id);
            support.Remove(id);
        }

        foreach (var c in own)
        {
            current = c.Id;
            switch (c.Kind)
            {
                case ThemeCorrectionKind.Rename when !string.IsNullOrWhiteSpace(c.Label):
                    if (Theme(c.ThemeId, c.ThemeAnswerIds) is { } theme)
                        theme.Label = c.Label.Trim();
                    break;
                case ThemeCorrectionKind.Merge:
                    var from = Theme(c.ThemeId, c.ThemeAnswerIds);
                    var into = Theme(c.TargetThemeId, c.TargetAnswerIds);
                    if (from is not null && into is not null && from != into)
                    {
                        into.Members.AddRange(from.Members.Where(m => !into.Members.Contains(m)));
                        into.Secondary.AddRange(from.Secondary);
                        themes.Remove(from);
                    }

                    break;
                case ThemeCorrectionKind.Move when c.AnswerId is { } id && Known(id):
                    if (c.TargetThemeId == ThemeCorrection.OtherThemeId)
                    {
                        Remove(id);
                        other.Add(id);
                    }
                    else if (Theme(c.TargetThemeId, c.TargetAnswerIds) is { } target)
                    {
                        Remove(id);
                        target.Members.Add(id);
                    }

                    break;
                case ThemeCorrectionKind.OffTopic when c.AnswerId is { } id && Known(id):
                    Remove(id);
                    offTopic.Add(id);
                    break;
            }
        }

        themes.RemoveAll(t => t.Members.Count == 0);
        var texts = answers.GroupBy(a => a.Id).ToDictionary(g => g.Key, g => g.First().Text);
        var built = themes.ToDictionary(t => t.Id, t => Build(t, texts, engine.SupportByAnswer, offTopic), StringComparer.Ordinal);
        var groups = engine.Groups
            .Select(g => g with
            {
                Themes = g.Themes.Where(t => built.ContainsKey(t.Id)).Select(t => built[t.Id]).OrderByDescending(t => t.Count).ToList(),
            })
            .Where(g => g.Themes.Count > 0)
            .ToList();
        return engine with
        {
            Groups = groups,
            OtherCount = other.Count,
            OtherAnswerIds = other,
            OffTopicCount = offTopic.Count,
            OffTopicAnswerIds = offTopic,
            SupportCount = support.Count,
            SupportAnswerIds = support,
            Engine = engine,
            UnmatchedCorrections = unmatched.Count,
        };
    }

    private static ThemeSummary Build(Draft draft, Dictionary<long, string> texts, IReadOnlyDictionary<long, int> supportByAnswer, List<long> offTopic)
    {
        // The engine's quotes while their answers are still in the theme, then the most agreed-with, then the rest.
        var memberTexts = draft.Members.Where(texts.ContainsKey).ToDictionary(m => m, m => texts[m]);
        var quoted = draft.Members
            .OrderBy(m => draft.EngineQuotes.Contains(memberTexts.GetValueOrDefault(m, "")) ? 0 : 1)
            .ThenByDescending(m => supportByAnswer.GetValueOrDefault(m))
            .ThenBy(m => draft.Members.IndexOf(m))
            .Where(m => !string.IsNullOrWhiteSpace(memberTexts.GetValueOrDefault(m)))
            .DistinctBy(m => memberTexts[m], StringComparer.Ordinal)
            .Take(MaxQuotes)
            .ToList();
        return new ThemeSummary
        {
            Id = draft.Id,
            Label = draft.Label,
            Count = draft.Members.Count,
            Quotes = quoted.Select(m => memberTexts[m]).ToList(),
            QuoteSupport = quoted.Select(m => supportByAnswer.GetValueOrDefault(m)).ToList(),
            Support = draft.Members.Sum(m => supportByAnswer.GetValueOrDefault(m)),
            AnswerIds = draft.Members.ToList(),
            // A second idea stays while its answer is still an answer elsewhere: moved into this theme it is its own.
            SecondaryAnswerIds = draft.Secondary.Distinct().Where(id => texts.ContainsKey(id) && !draft.Members.Contains(id) && !offTopic.Contains(id)).ToList(),
            Expected = draft.Expected,
        };
    }

    private sealed class Draft(string id, string label, bool expected, List<long> members, IReadOnlyList<string> engineQuotes)
    {
        public string Id { get; } = id;
        public string Label { get; set; } = label;
        public bool Expected { get; } = expected;
        public List<long> Members { get; } = members;
        public IReadOnlyList<string> EngineQuotes { get; } = engineQuotes;
        public List<long> Secondary { get; init; } = [];
    }
}
