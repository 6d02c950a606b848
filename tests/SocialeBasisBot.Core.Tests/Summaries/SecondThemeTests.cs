using SocialeBasisBot.Corrections;
using SocialeBasisBot.Exports;
using SocialeBasisBot.Summaries;
using SocialeBasisBot.Themes;
using static SocialeBasisBot.Core.Tests.Summaries.SampleWebinar;

namespace SocialeBasisBot.Core.Tests.Summaries;

/// <summary>
/// An answer with two ideas sits in its own theme and, when the engine says so, in a second one: the summary keeps the
/// second apart (not in the count), corrections keep it sensible, and the export names it in "tweede thema".
/// </summary>
public class SecondThemeTests
{
    private readonly List<SocialeBasisBot.Answers.Answer> answers = SampleAnswers();

    /// <summary>The keyword engine, plus: the "Ruimte om …" answer (and the greeting, which is off-topic) are also in Waardering.</summary>
    private sealed class TwoIdeasEngine(IThemeEngine inner) : IThemeEngine
    {
        public async Task<ThemeResult> FindThemesAsync(ThemeRequest request, CancellationToken cancellationToken = default)
        {
            var result = await inner.FindThemesAsync(request, cancellationToken);
            var second = request.Answers.Where(a => a.Text.StartsWith("Ruimte om", StringComparison.Ordinal) || a.Text.StartsWith("Hallo", StringComparison.Ordinal))
                .Select(a => a.Id).ToList();
            return result with { Themes = [.. result.Themes.Select(t => t.Id == "bedank" ? t with { SecondaryAnswerIds = second } : t)] };
        }
    }

    private long AnswerId(string start) => answers.Single(a => a.Text.StartsWith(start, StringComparison.Ordinal)).Id;

    private Task<QuestionSummary> SummaryAsync() =>
        new QuestionSummarizer(new TwoIdeasEngine(Engine())).SummarizeAsync(SampleProgramme, SampleProgramme.FindItem("v1")!, answers);

    [Fact]
    public async Task A_second_theme_is_kept_apart_from_the_count_and_never_holds_an_off_topic_line()
    {
        var summary = await SummaryAsync();

        var waardering = summary.DistinctThemes.Single(t => t.Id == "bedank");
        Assert.Equal([AnswerId("Ruimte om")], waardering.SecondaryAnswerIds);
        Assert.Equal(2, waardering.Count);
        Assert.DoesNotContain(AnswerId("Ruimte om"), waardering.AnswerIds);
        Assert.Contains(AnswerId("Ruimte om"), summary.DistinctThemes.Single(t => t.Id == "ruimte").AnswerIds);
    }

    [Fact]
    public async Task Corrections_carry_second_themes_along_and_drop_one_that_became_the_answer_s_own()
    {
        var summary = await SummaryAsync();
        ThemeCorrection Rename() => new() { Id = 1, SessionId = SessionId, ItemId = "v1", Kind = ThemeCorrectionKind.Rename, ThemeId = "bedank", Label = "Erkenning", ById = "f" };
        ThemeCorrection MoveIn() => new() { Id = 2, SessionId = SessionId, ItemId = "v1", Kind = ThemeCorrectionKind.Move, TargetThemeId = "bedank", AnswerId = AnswerId("Ruimte om"), ById = "f" };

        var renamed = ThemeCorrector.Apply(summary, [Rename()], answers);
        var movedIn = ThemeCorrector.Apply(summary, [Rename(), MoveIn()], answers);

        Assert.Equal([AnswerId("Ruimte om")], renamed.DistinctThemes.Single(t => t.Label == "Erkenning").SecondaryAnswerIds);
        var erkenning = movedIn.DistinctThemes.Single(t => t.Label == "Erkenning");
        Assert.Contains(AnswerId("Ruimte om"), erkenning.AnswerIds);
        Assert.Empty(erkenning.SecondaryAnswerIds);
    }

    [Fact]
    public async Task The_export_names_the_corrected_second_theme_in_its_own_last_column()
    {
        var session = Session();
        var engine = await new SessionSummarizer(new QuestionSummarizer(new TwoIdeasEngine(Engine())), TimeProvider.System).SummarizeAsync(SampleProgramme, session, answers);
        var rename = new ThemeCorrection { Id = 1, SessionId = SessionId, ItemId = "v1", Kind = ThemeCorrectionKind.Rename, ThemeId = "bedank", Label = "Erkenning", ById = "f" };
        var summary = SessionSummarizer.WithQuestions(SampleProgramme, engine, [.. engine.Questions.Select(q => ThemeCorrector.Apply(q, [rename], answers))]);
        var input = new SessionExportInput { Programme = SampleProgramme, Session = session, Answers = answers, Summary = summary };

        var rows = AnswerTable.Build(input, includeNames: false, TimeZoneInfo.Utc);

        Assert.Equal("tweede thema", AnswerRow.Headers[^1]);
        var ruimte = rows.Single(r => r.Answer.StartsWith("Ruimte om", StringComparison.Ordinal));
        Assert.Equal(("Een plek om samen te komen", "Erkenning"), (ruimte.Theme, ruimte.SecondTheme));
        Assert.Equal("Erkenning", ruimte.Cells[^1]);
        Assert.All(rows.Where(r => r != ruimte), r => Assert.Equal("", r.SecondTheme));
    }

    [Fact]
    public async Task The_markdown_and_html_reports_say_under_the_theme_how_many_answers_also_raise_it()
    {
        var session = Session();
        var summary = await new SessionSummarizer(new QuestionSummarizer(new TwoIdeasEngine(Engine())), TimeProvider.System).SummarizeAsync(SampleProgramme, session, answers);
        const string Also = "Ook genoemd in 1 antwoord dat vooral bij een ander thema hoort (een tweede idee; minder zeker).";

        var markdown = MarkdownSummaryWriter.Write(summary, TimeZoneInfo.Utc);
        var html = HtmlSummaryWriter.Write(summary, TimeZoneInfo.Utc);

        Assert.Single(markdown.Split('\n'), line => line.Trim() == $"_{Also}_");
        Assert.Equal(1, html.Split("<p class=\"also\">" + Also + "</p>").Length - 1);
    }
}
