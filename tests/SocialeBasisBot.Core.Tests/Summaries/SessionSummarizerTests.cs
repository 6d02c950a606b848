using Microsoft.Extensions.Time.Testing;
using SocialeBasisBot.Summaries;
using static SocialeBasisBot.Core.Tests.Summaries.SampleWebinar;

namespace SocialeBasisBot.Core.Tests.Summaries;

public class SessionSummarizerTests
{
    private static SessionSummarizer Summarizer() =>
        new(new QuestionSummarizer(Engine()), new FakeTimeProvider(Start.AddHours(1)));

    [Fact]
    public async Task Groups_questions_and_polls_per_building_block_with_a_general_group_last()
    {
        var summary = await Summarizer().SummarizeAsync(SampleProgramme, Session(), SampleAnswers());

        Assert.Equal([Inzet, Uitnodigen, BuildingBlockRef.GeneralId],
            summary.BuildingBlocks.Select(b => b.BuildingBlock.Id));
        var inzet = summary.BuildingBlocks[0];
        Assert.Equal(["v1"], inzet.Questions.Select(q => q.Question.ItemId));
        Assert.Equal(["Waardering", "Een plek om samen te komen"], inzet.Questions[0].Themes.Select(t => t.Label));
        Assert.Equal(["checklist"], inzet.Polls.Select(p => p.ItemId));

        // v2 is linked here; v1 shows up too because one of its themes belongs to this block.
        var uitnodigen = summary.BuildingBlocks[1];
        Assert.Equal(["v1", "v2"], uitnodigen.Questions.Select(q => q.Question.ItemId));
        Assert.Equal(["Een plek om samen te komen"], uitnodigen.Questions[0].Themes.Select(t => t.Label));
        Assert.True(uitnodigen.Questions[1].Question.TooFewAnswers);   // two answers

        var algemeen = summary.BuildingBlocks[2];
        Assert.Equal("Algemeen", algemeen.BuildingBlock.Title);
        Assert.Equal(["v3"], algemeen.Questions.Select(q => q.Question.ItemId));
    }

    [Fact]
    public async Task Counts_the_session_answers_only()
    {
        var answers = SampleAnswers();
        var other = NewAnswer("v1", "Zoë", "bedankje uit een andere sessie", 1);
        other.SessionId = "sessie-2";
        answers.Add(other);

        var summary = await Summarizer().SummarizeAsync(SampleProgramme, Session(), answers);

        Assert.Equal(13, summary.AnswerCount);          // 14 in this session, one retracted
        Assert.Equal(5, summary.ParticipantCount);
        Assert.Equal(2, summary.Questions[0].DistinctThemes.Single(t => t.Label == "Waardering").Count);
        Assert.Equal(Start.AddHours(1), summary.GeneratedAt);
        Assert.Equal(("sociale-basis", "De sociale basis in de wijk"), (summary.ProgrammeId, summary.ProgrammeTitle));
    }

    [Fact]
    public async Task Questions_not_reached_and_unanswered_are_left_out_and_empty_blocks_stay()
    {
        var answers = SampleAnswers().Where(a => a.ItemId == "v1").ToList();

        var summary = await Summarizer().SummarizeAsync(SampleProgramme, Session(currentItemIndex: 1), answers);

        Assert.Equal(["v1"], summary.Questions.Select(q => q.ItemId));
        Assert.Empty(summary.Polls);
        Assert.Equal([Inzet, Uitnodigen], summary.BuildingBlocks.Select(b => b.BuildingBlock.Id));
        Assert.Empty(summary.BuildingBlocks[1].Polls);
    }
}
