using SocialeBasisBot.Programme;
using SocialeBasisBot.Summaries;
using SocialeBasisBot.Themes;
using static SocialeBasisBot.Core.Tests.Summaries.SampleWebinar;

namespace SocialeBasisBot.Core.Tests.Summaries;

public class QuestionSummarizerTests
{
    private static ProgrammeItem V1 => SampleProgramme.FindItem("v1")!;

    [Fact]
    public async Task Counts_answers_and_participants_without_retracted_answers()
    {
        var summary = await new QuestionSummarizer(Engine()).SummarizeAsync(SampleProgramme, V1, SampleAnswers());

        Assert.Equal("v1", summary.ItemId);
        Assert.Equal("Wat hebben vrijwilligers in jouw wijk nodig?", summary.QuestionText);
        Assert.Equal(6, summary.AnswerCount);           // 7 answers to v1, one of them retracted
        Assert.Equal(5, summary.ParticipantCount);      // Anneke answered twice; Frits only retracted
        Assert.False(summary.TooFewAnswers);
        Assert.Equal("keyword-test-double", summary.Settings!.Embeddings);
    }

    [Fact]
    public async Task Themes_counts_off_topic_and_other_add_up_and_skip_the_retracted_answer()
    {
        var answers = SampleAnswers();
        var summary = await new QuestionSummarizer(Engine()).SummarizeAsync(SampleProgramme, V1, answers);

        var themes = summary.DistinctThemes.ToDictionary(t => t.Label);
        Assert.Equal(2, themes["Waardering"].Count);    // the retracted "bedankt, maar…" is not among them
        Assert.Equal(1, themes["Een plek om samen te komen"].Count);
        Assert.Equal(1, summary.OffTopicCount);         // "Hallo allemaal!"
        Assert.Equal(2, summary.OtherCount);            // café-uren and the formula
        Assert.Equal(summary.AnswerCount, themes.Values.Sum(t => t.Count) + summary.OffTopicCount + summary.OtherCount);

        var input = answers.Where(a => a.ItemId == "v1" && !a.IsRetracted).ToList();
        var waardering = input.Where(a => a.Text.Contains("bedank", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(waardering.Select(a => a.Text).Order(), themes["Waardering"].AnswerIds
            .Select(id => input.Single(a => a.Id == id).Text).Order());
    }

    [Fact]
    public async Task Quotes_are_verbatim_answers_of_the_theme_at_most_two()
    {
        var answers = SampleAnswers();
        var summary = await new QuestionSummarizer(Engine()).SummarizeAsync(SampleProgramme, V1, answers);

        foreach (var theme in summary.DistinctThemes)
        {
            Assert.InRange(theme.Quotes.Count, 1, 2);
            var themeTexts = answers.Where(a => theme.AnswerIds.Contains(a.Id)).Select(a => a.Text).ToList();
            Assert.All(theme.Quotes, q => Assert.Contains(q, themeTexts));
        }

        // The engine ranks the longest answer first; the summary keeps that order.
        var waardering = summary.DistinctThemes.Single(t => t.Label == "Waardering");
        Assert.Equal(["Een bedankje van de gemeente; dat zou fijn zijn", "En een jaarlijks bedankfeest met\nhapjes"],
            waardering.Quotes);
    }

    [Fact]
    public async Task Themes_are_grouped_under_the_question_block_and_under_blocks_the_engine_names()
    {
        var summary = await new QuestionSummarizer(Engine()).SummarizeAsync(SampleProgramme, V1, SampleAnswers());

        Assert.Equal([Inzet, Uitnodigen], summary.Groups.Select(g => g.BuildingBlock.Id));
        Assert.Equal("Steun en ruimte voor vrijwillige inzet", summary.Groups[0].BuildingBlock.Title);
        Assert.Equal(["Waardering", "Een plek om samen te komen"], summary.Groups[0].Themes.Select(t => t.Label));
        Assert.Equal(["Een plek om samen te komen"], summary.Groups[1].Themes.Select(t => t.Label));
        Assert.Equal([Inzet], summary.BuildingBlocks.Select(b => b.Id));
    }

    [Fact]
    public async Task The_engine_gets_expected_themes_block_texts_and_only_live_answers()
    {
        var engine = Engine();
        await new QuestionSummarizer(engine).SummarizeAsync(SampleProgramme, V1, SampleAnswers());

        var request = Assert.Single(engine.Requests);
        Assert.Equal("Wat hebben vrijwilligers in jouw wijk nodig?", request.QuestionText);
        var expected = Assert.Single(request.ExpectedThemes);
        Assert.Equal(("waardering", "Waardering", "een bedankje"), (expected.Id, expected.Label, expected.Examples[0]));
        var block = Assert.Single(request.BuildingBlocks);
        Assert.Equal(Inzet, block.Id);
        Assert.Contains("Vrijwilligers hebben ruimte nodig.", block.Text, StringComparison.Ordinal);
        Assert.Contains("Werken aan: waardering en ondersteuning.", block.Text, StringComparison.Ordinal);
        Assert.Equal(6, request.Answers.Count);
        Assert.DoesNotContain(request.Answers, a => a.Text.Contains("trek ik in", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Under_three_answers_no_themes_are_made_and_the_engine_is_not_asked()
    {
        var engine = Engine();
        var answers = new[]
        {
            NewAnswer("v1", "Anneke", "Een bedankje", 1),
            NewAnswer("v1", "Bram", "Meer bedankjes", 2),
            NewAnswer("v1", "Chloë", "Ook een bedankje", 3),
        };
        answers[2].RetractedAt = Start.AddMinutes(4);

        var summary = await new QuestionSummarizer(engine).SummarizeAsync(SampleProgramme, V1, answers);

        Assert.True(summary.TooFewAnswers);
        Assert.Equal(2, summary.AnswerCount);
        Assert.Empty(summary.Groups);
        Assert.Null(summary.Settings);
        Assert.Empty(engine.Requests);
        Assert.Equal([Inzet], summary.BuildingBlocks.Select(b => b.Id));
    }

    [Fact]
    public async Task Three_answers_are_enough()
    {
        var answers = new[]
        {
            NewAnswer("v1", "Anneke", "Een bedankje", 1),
            NewAnswer("v1", "Bram", "Meer bedankjes", 2),
            NewAnswer("v1", "Bram", "Koffie", 3),
        };

        var summary = await new QuestionSummarizer(Engine()).SummarizeAsync(SampleProgramme, V1, answers);

        Assert.False(summary.TooFewAnswers);
        Assert.Equal((3, 2), (summary.AnswerCount, summary.ParticipantCount));
        Assert.Equal(2, summary.DistinctThemes.Single(t => t.Label == "Waardering").Count);
    }

    [Fact]
    public async Task Summarising_again_later_gives_the_same_summary()
    {
        var answers = SampleAnswers();
        var summarizer = new QuestionSummarizer(Engine());

        var first = await summarizer.SummarizeAsync(SampleProgramme, V1, answers);
        var again = await summarizer.SummarizeAsync(SampleProgramme, V1, answers);

        Assert.Equal(
            first.DistinctThemes.Select(t => (t.Label, t.Count, string.Join("|", t.Quotes))),
            again.DistinctThemes.Select(t => (t.Label, t.Count, string.Join("|", t.Quotes))));
        Assert.Equal((first.OtherCount, first.OffTopicCount), (again.OtherCount, again.OffTopicCount));
    }

    [Fact]
    public async Task Answers_that_only_agree_count_as_plus_n_on_the_answer_they_support_not_as_members_or_overig()
    {
        // The engine's own filter stage decides what is agreement; one theme holds whatever it kept.
        var engine = new DelegateThemeEngine(request =>
        {
            var filtered = SocialeBasisBot.Themes.Engine.OffTopicFilter.Apply(request.Answers, new SocialeBasisBot.Themes.Configuration.ThemesOptions().OffTopic);
            return new ThemeResult
            {
                Themes = [new Theme { Id = "t", Label = "Tijd en geld", AnswerIds = filtered.Answers.Select(a => a.Id).ToList(), RepresentativeIds = [filtered.Answers[^1].Id] }],
                Support = filtered.Support,
                OffTopic = filtered.OffTopic,
                Settings = new ThemeSettings { Mode = "emergent", Embeddings = "none" },
            };
        });
        var answers = new[]
        {
            NewAnswer("v3", "Anneke", "Meer tijd voor begeleiding", 1),
            NewAnswer("v3", "Bram", "Geld voor een vrijwilligersvergoeding", 2),
            NewAnswer("v3", "Chloë", "eens met Anneke", 3),
            NewAnswer("v3", "Dirk", "+1", 4),
            NewAnswer("v3", "Eva", "Helemaal mee eens met Anneke!", 5),
        };

        var summary = await new QuestionSummarizer(engine).SummarizeAsync(SampleProgramme, SampleProgramme.FindItem("v3")!, answers);

        var theme = Assert.Single(summary.DistinctThemes);
        Assert.Equal(2, theme.Count);
        Assert.Equal(3, theme.Support);
        Assert.Equal(["Meer tijd voor begeleiding", "Geld voor een vrijwilligersvergoeding"], theme.Quotes);
        Assert.Equal([2, 1], theme.QuoteSupport);
        Assert.Equal((3, 0, 0), (summary.SupportCount, summary.OtherCount, summary.OffTopicCount));
        Assert.Equal(answers[2..].Select(a => a.Id), summary.SupportAnswerIds);
    }

    [Fact]
    public async Task Ids_the_engine_made_up_never_become_counts_or_quotes()
    {
        var engine = new DelegateThemeEngine(request => new ThemeResult
        {
            Themes =
            [
                new Theme { Id = "t", Label = "Echt", AnswerIds = ["0", "999", "x", "0"], RepresentativeIds = ["999", "0"] },
                new Theme { Id = "leeg", Label = "Spookthema", AnswerIds = ["-1", "42"] },
            ],
            OffTopic = ["1"],
            Settings = new ThemeSettings { Mode = "emergent", Embeddings = "none" },
        });
        var answers = new[]
        {
            NewAnswer("v3", "Anneke", "eerste", 1),
            NewAnswer("v3", "Bram", "tweede", 2),
            NewAnswer("v3", "Chloë", "derde", 3),
        };

        var summary = await new QuestionSummarizer(engine).SummarizeAsync(SampleProgramme, SampleProgramme.FindItem("v3")!, answers);

        var theme = Assert.Single(summary.DistinctThemes);
        Assert.Equal(1, theme.Count);
        Assert.Equal(["eerste"], theme.Quotes);
        Assert.Equal((1, 1), (summary.OffTopicCount, summary.OtherCount));
        // v3 is linked to no building block, so its themes go under "Algemeen".
        Assert.Equal(BuildingBlockRef.GeneralId, Assert.Single(summary.Groups).BuildingBlock.Id);
    }

    [Fact]
    public async Task A_poll_is_not_an_open_question()
    {
        var summarizer = new QuestionSummarizer(Engine());

        await Assert.ThrowsAsync<ArgumentException>(() =>
            summarizer.SummarizeAsync(SampleProgramme, SampleProgramme.FindItem("checklist")!, SampleAnswers()));
    }
}
