using SocialeBasisBot.Summaries;
using static SocialeBasisBot.Core.Tests.Summaries.SampleWebinar;

namespace SocialeBasisBot.Core.Tests.Summaries;

public class PollSummarizerTests
{
    [Fact]
    public void Checklist_counts_each_option_per_participant()
    {
        var summary = PollSummarizer.Summarize(SampleProgramme, SampleProgramme.FindItem("checklist")!, SampleAnswers());

        Assert.True(summary.MultipleChoice);
        Assert.Equal(4, summary.Respondents);
        // Anneke A,C,F (card); Bram B (card); Chloë typed "A en C"; Dirk typed "weet ik niet".
        Assert.Equal(
            [("A", 2), ("B", 1), ("C", 2), ("D", 0), ("E", 0), ("F", 1)],
            summary.Options.Select(o => (o.OptionId, o.Count)));
        Assert.Equal("Eigen ruimte", summary.Options[0].Label);
        Assert.Equal(1, summary.UnrecognisedCount);
        Assert.Equal([Inzet], summary.BuildingBlocks.Select(b => b.Id));
    }

    [Fact]
    public void Only_the_latest_live_answer_of_a_participant_counts()
    {
        var first = NewAnswer("checklist", "Bram", "B", 1, "B");
        var changed = NewAnswer("checklist", "Bram", "D,E", 2, "D,E");
        var retracted = NewAnswer("checklist", "Anneke", "A", 3, "A");
        retracted.RetractedAt = Start.AddMinutes(4);

        var summary = PollSummarizer.Summarize(SampleProgramme, SampleProgramme.FindItem("checklist")!, [changed, first, retracted]);

        Assert.Equal(1, summary.Respondents);
        Assert.Equal(["D", "E"], summary.Options.Where(o => o.Count > 0).Select(o => o.OptionId));
        Assert.All(summary.Options.Where(o => o.OptionId is not "D" and not "E"), o => Assert.Equal(0, o.Count));
    }
}
