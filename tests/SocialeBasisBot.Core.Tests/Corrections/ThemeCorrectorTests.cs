using SocialeBasisBot.Corrections;
using SocialeBasisBot.Exports;
using SocialeBasisBot.Summaries;
using static SocialeBasisBot.Core.Tests.Summaries.SampleWebinar;

namespace SocialeBasisBot.Core.Tests.Corrections;

/// <summary>
/// Corrections apply on top of the engine's summary, in order, without changing it; the counts still add up, and a
/// correction that no longer fits is skipped.
/// </summary>
public class ThemeCorrectorTests
{
    private readonly List<SocialeBasisBot.Answers.Answer> answers = SampleAnswers();
    private long nextId;

    private async Task<QuestionSummary> EngineAsync() =>
        await new QuestionSummarizer(Engine()).SummarizeAsync(SampleProgramme, SampleProgramme.FindItem("v1")!, answers);

    private ThemeCorrection Correction(ThemeCorrectionKind kind, string? theme = null, string? target = null, long? answer = null, string? label = null) => new()
    {
        Id = ++nextId,
        SessionId = SessionId,
        ItemId = "v1",
        Kind = kind,
        ThemeId = theme,
        TargetThemeId = target,
        AnswerId = answer,
        Label = label,
        ById = "aad-facilitator",
    };

    private long AnswerId(string start) => answers.Single(a => a.Text.StartsWith(start, StringComparison.Ordinal)).Id;

    private static void AssertAddsUp(QuestionSummary s) =>
        Assert.Equal(s.AnswerCount, s.DistinctThemes.Sum(t => t.Count) + s.OtherCount + s.OffTopicCount + s.SupportCount);

    [Fact]
    public async Task Without_corrections_the_engine_summary_is_returned_as_it_is()
    {
        var engine = await EngineAsync();

        var result = ThemeCorrector.Apply(engine, [], answers);

        Assert.Same(engine, result);
        Assert.False(result.Corrected);
    }

    [Fact]
    public async Task A_rename_changes_the_label_and_keeps_the_engine_label_for_the_export()
    {
        var engine = await EngineAsync();

        var result = ThemeCorrector.Apply(engine, [Correction(ThemeCorrectionKind.Rename, "bedank", label: "  Waardering en erkenning ")], answers);

        Assert.True(result.Corrected);
        Assert.Contains(result.DistinctThemes, t => t.Id == "bedank" && t.Label == "Waardering en erkenning" && t.Count == 2);
        Assert.Contains(result.Engine!.DistinctThemes, t => t.Id == "bedank" && t.Label == "Waardering");
        Assert.Contains(engine.DistinctThemes, t => t.Label == "Waardering");   // the engine's summary is untouched
    }

    [Fact]
    public async Task A_merge_puts_both_themes_answers_under_the_target_and_drops_the_other()
    {
        var engine = await EngineAsync();

        var result = ThemeCorrector.Apply(engine, [Correction(ThemeCorrectionKind.Merge, "ruimte", "bedank")], answers);

        var merged = Assert.Single(result.DistinctThemes);
        Assert.Equal("Waardering", merged.Label);
        Assert.Equal(3, merged.Count);
        Assert.Contains(AnswerId("Ruimte om"), merged.AnswerIds);
        Assert.All(result.Groups, g => Assert.DoesNotContain(g.Themes, t => t.Id == "ruimte"));
        AssertAddsUp(result);
    }

    [Fact]
    public async Task Moving_an_answer_to_a_theme_to_Overig_off_topic_and_back()
    {
        var engine = await EngineAsync();
        var cafe = AnswerId("Café-uren");      // "Overig" for the engine
        var hallo = AnswerId("Hallo");         // off-topic for the engine

        var result = ThemeCorrector.Apply(engine,
        [
            Correction(ThemeCorrectionKind.Move, target: "bedank", answer: cafe),
            Correction(ThemeCorrectionKind.Move, target: "ruimte", answer: hallo),
            Correction(ThemeCorrectionKind.OffTopic, answer: AnswerId("Een bedankje")),
            Correction(ThemeCorrectionKind.Move, target: ThemeCorrection.OtherThemeId, answer: AnswerId("Ruimte om")),
        ], answers);

        var waardering = result.DistinctThemes.Single(t => t.Id == "bedank");
        Assert.Equal([AnswerId("En een jaarlijks"), cafe], waardering.AnswerIds.Order());
        Assert.Equal(["Café-uren vergoed", "En een jaarlijks bedankfeest met\nhapjes"], waardering.Quotes.Order(StringComparer.Ordinal));
        Assert.Equal([hallo], result.DistinctThemes.Single(t => t.Id == "ruimte").AnswerIds);
        Assert.Equal([AnswerId("Een bedankje")], result.OffTopicAnswerIds);
        Assert.Contains(AnswerId("Ruimte om"), result.OtherAnswerIds);
        Assert.DoesNotContain(cafe, result.OtherAnswerIds);
        AssertAddsUp(result);
    }

    [Fact]
    public async Task Corrections_that_no_longer_fit_are_skipped()
    {
        var engine = await EngineAsync();

        var result = ThemeCorrector.Apply(engine,
        [
            Correction(ThemeCorrectionKind.Merge, "ruimte", "bedank"),
            Correction(ThemeCorrectionKind.Rename, "ruimte", label: "Weg"),            // merged away
            Correction(ThemeCorrectionKind.Move, target: "ruimte", answer: AnswerId("Café-uren")),
            Correction(ThemeCorrectionKind.OffTopic, answer: 999_999),                  // an answer deleted since
            Correction(ThemeCorrectionKind.Rename, "bedank", label: "   "),
        ], answers);

        Assert.Equal("Waardering", Assert.Single(result.DistinctThemes).Label);
        Assert.Contains(AnswerId("Café-uren"), result.OtherAnswerIds);
        AssertAddsUp(result);
    }

    [Fact]
    public async Task A_theme_emptied_by_moves_disappears()
    {
        var engine = await EngineAsync();

        var result = ThemeCorrector.Apply(engine, [Correction(ThemeCorrectionKind.Move, target: "bedank", answer: AnswerId("Ruimte om"))], answers);

        Assert.DoesNotContain(result.DistinctThemes, t => t.Id == "ruimte");
        Assert.Equal(3, result.DistinctThemes.Single().Count);
    }

    [Fact]
    public async Task The_export_has_the_final_and_the_engine_theme_per_answer()
    {
        var session = Session();
        var engineSummary = await new SessionSummarizer(new QuestionSummarizer(Engine()), TimeProvider.System).SummarizeAsync(SampleProgramme, session, answers);
        var corrections = new[]
        {
            Correction(ThemeCorrectionKind.Rename, "bedank", label: "Erkenning"),
            Correction(ThemeCorrectionKind.Move, target: "bedank", answer: AnswerId("Café-uren")),
        };
        var summary = SessionSummarizer.WithQuestions(SampleProgramme, engineSummary,
            engineSummary.Questions.Select(q => ThemeCorrector.Apply(q, corrections, answers)).ToList());
        var input = new SessionExportInput { Programme = SampleProgramme, Session = session, Answers = answers, Summary = summary };

        var rows = AnswerTable.Build(input, includeNames: false, TimeZoneInfo.Utc);

        var cafe = rows.Single(r => r.Answer == "Café-uren vergoed");
        Assert.Equal(("Erkenning", AnswerTable.OtherLabel), (cafe.Theme, cafe.EngineTheme));
        var bedankje = rows.Single(r => r.Answer.StartsWith("Een bedankje", StringComparison.Ordinal));
        Assert.Equal(("Erkenning", "Waardering"), (bedankje.Theme, bedankje.EngineTheme));
        var school = rows.Single(r => r.Answer == "Persoonlijk vragen bij de school");   // v2: not corrected
        Assert.Equal(school.Theme, school.EngineTheme);
        Assert.Contains(summary.BuildingBlocks.SelectMany(b => b.Questions).SelectMany(q => q.Themes), t => t.Label == "Erkenning");
    }
}
