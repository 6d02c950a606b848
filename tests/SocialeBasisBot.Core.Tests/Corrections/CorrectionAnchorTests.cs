using SocialeBasisBot.Corrections;
using SocialeBasisBot.Summaries;
using SocialeBasisBot.Themes;
using static SocialeBasisBot.Core.Tests.Summaries.SampleWebinar;

namespace SocialeBasisBot.Core.Tests.Corrections;

/// <summary>
/// A correction names its theme by the answers the facilitator saw in it, so a re-theming that gives the themes other
/// ids (the real engine numbers emergent themes "thema-1", "thema-2", … in the order it finds them) does not move a
/// rename or merge to another theme; when no theme holds most of those answers any more, it is not applied and counted.
/// </summary>
public class CorrectionAnchorTests
{
    private readonly List<SocialeBasisBot.Answers.Answer> answers = SampleAnswers();
    private long nextId;

    /// <summary>The keyword engine with its themes numbered as the real engine does, first found first or last first.</summary>
    private sealed class NumberingEngine(IThemeEngine inner, bool reversed) : IThemeEngine
    {
        public async Task<ThemeResult> FindThemesAsync(ThemeRequest request, CancellationToken cancellationToken = default)
        {
            var result = await inner.FindThemesAsync(request, cancellationToken);
            var order = reversed ? result.Themes.Reverse().ToList() : [.. result.Themes];
            return result with { Themes = [.. result.Themes.Select(t => t with { Id = $"thema-{order.IndexOf(t) + 1}" })] };
        }
    }

    private Task<QuestionSummary> SummaryAsync(bool reversed) =>
        new QuestionSummarizer(new NumberingEngine(Engine(), reversed)).SummarizeAsync(SampleProgramme, SampleProgramme.FindItem("v1")!, answers);

    private ThemeCorrection Correction(ThemeCorrectionKind kind, ThemeSummary? theme = null, ThemeSummary? target = null, string? label = null, long? answer = null) => new()
    {
        Id = ++nextId,
        SessionId = SessionId,
        ItemId = "v1",
        Kind = kind,
        ThemeId = theme?.Id,
        ThemeAnswerIds = theme is null ? null : CorrectionAnchor.Of(theme.AnswerIds),
        TargetThemeId = target?.Id,
        TargetAnswerIds = target is null ? null : CorrectionAnchor.Of(target.AnswerIds),
        AnswerId = answer,
        Label = label,
        ById = "aad-facilitator",
    };

    private static ThemeSummary Labelled(QuestionSummary s, string label) => s.DistinctThemes.Single(t => t.Label == label);

    [Fact]
    public async Task A_rename_stays_on_its_theme_when_a_re_theming_swaps_the_ids()
    {
        var seen = await SummaryAsync(reversed: false);
        var waardering = Labelled(seen, "Waardering");
        var rename = Correction(ThemeCorrectionKind.Rename, waardering, label: "Erkenning");
        var again = await SummaryAsync(reversed: true);
        // The re-theming gave the id the facilitator saw to the other theme.
        Assert.NotEqual(waardering.Id, Labelled(again, "Waardering").Id);
        Assert.Equal(waardering.Id, Labelled(again, "Een plek om samen te komen").Id);

        var result = ThemeCorrector.Apply(again, [rename], answers);

        Assert.Equal(waardering.AnswerIds.Order(), Labelled(result, "Erkenning").AnswerIds.Order());
        Assert.Contains(result.DistinctThemes, t => t.Label == "Een plek om samen te komen");
        Assert.Equal(0, result.UnmatchedCorrections);
        // Keyed by the id alone (as before anchors) the same rename lands on the wrong theme: what this prevents.
        var unanchored = Correction(ThemeCorrectionKind.Rename, waardering, label: "Erkenning");
        unanchored.ThemeAnswerIds = null;
        var byId = ThemeCorrector.Apply(again, [unanchored], answers);
        Assert.DoesNotContain(byId.DistinctThemes, t => t.Label == "Een plek om samen te komen");
    }

    [Fact]
    public async Task A_merge_joins_the_themes_the_facilitator_saw_after_the_ids_changed()
    {
        var seen = await SummaryAsync(reversed: false);
        var merge = Correction(ThemeCorrectionKind.Merge, Labelled(seen, "Een plek om samen te komen"), Labelled(seen, "Waardering"));
        var move = Correction(ThemeCorrectionKind.Move, target: Labelled(seen, "Waardering"), answer: answers.Single(a => a.Text == "Café-uren vergoed").Id);

        var result = ThemeCorrector.Apply(await SummaryAsync(reversed: true), [merge, move], answers);

        var merged = Assert.Single(result.DistinctThemes);
        Assert.Equal("Waardering", merged.Label);
        Assert.Equal(4, merged.Count);
        Assert.Equal(0, result.UnmatchedCorrections);
    }

    [Fact]
    public async Task A_correction_whose_answers_no_theme_holds_any_more_is_not_applied_and_counted()
    {
        var seen = await SummaryAsync(reversed: false);
        var waardering = Labelled(seen, "Waardering");
        // The facilitator saw a theme of two answers; in today's grouping one is off-topic and one in another theme:
        // no theme holds most of them, so neither gets the name.
        var rename = Correction(ThemeCorrectionKind.Rename, waardering, label: "Erkenning");
        var later = new[]
        {
            Correction(ThemeCorrectionKind.OffTopic, answer: waardering.AnswerIds[0]),
            Correction(ThemeCorrectionKind.Move, target: Labelled(seen, "Een plek om samen te komen"), answer: waardering.AnswerIds[1]),
        };
        var regrouped = ThemeCorrector.Apply(seen, later, answers);
        var engineNow = regrouped with { Engine = null };

        var result = ThemeCorrector.Apply(engineNow, [rename], answers);

        Assert.DoesNotContain(result.DistinctThemes, t => t.Label == "Erkenning");
        Assert.Equal(1, result.UnmatchedCorrections);
        Assert.True(result.Corrected);
    }

    [Fact]
    public async Task A_merge_whose_two_themes_are_both_gone_counts_as_one_correction_not_applied()
    {
        var seen = await SummaryAsync(reversed: false);
        var waardering = Labelled(seen, "Waardering");
        var merge = Correction(ThemeCorrectionKind.Merge, waardering, waardering);
        var later = new[]
        {
            Correction(ThemeCorrectionKind.OffTopic, answer: waardering.AnswerIds[0]),
            Correction(ThemeCorrectionKind.Move, target: Labelled(seen, "Een plek om samen te komen"), answer: waardering.AnswerIds[1]),
        };
        var engineNow = ThemeCorrector.Apply(seen, later, answers) with { Engine = null };

        var result = ThemeCorrector.Apply(engineNow, [merge], answers);

        // The card says "1 correctie is niet toegepast": one correction, though neither of its two themes was found.
        Assert.Equal(1, result.UnmatchedCorrections);
    }

    [Fact]
    public void A_theme_is_the_one_that_holds_more_than_half_of_the_anchor_still_there()
    {
        var themes = new List<(string, ICollection<long>)> { ("a", [1, 2, 3]), ("b", [4, 5]), ("c", [6]) };
        bool Present(long id) => id != 9;

        Assert.Equal(0, CorrectionAnchor.Find(themes, "c", [1, 2, 4], Present));
        Assert.Equal(1, CorrectionAnchor.Find(themes, "a", [4, 5, 9], Present));   // 9 was deleted: 2 of 2 left
        Assert.Equal(-1, CorrectionAnchor.Find(themes, "a", [1, 4], Present));      // a tie
        Assert.Equal(-1, CorrectionAnchor.Find(themes, "a", [1, 4, 6, 7], Present)); // 1 of 4: no theme holds most
        Assert.Equal(2, CorrectionAnchor.Find(themes, "c", null, Present));         // stored before anchors: the id
        Assert.Equal(-1, CorrectionAnchor.Find(themes, "a", [9], Present));
    }
}
