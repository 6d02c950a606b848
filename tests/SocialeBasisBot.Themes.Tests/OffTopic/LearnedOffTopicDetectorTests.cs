using SocialeBasisBot.Testing;
using SocialeBasisBot.Themes.Evaluation;
using SocialeBasisBot.Themes.OffTopic;

namespace SocialeBasisBot.Themes.Tests.OffTopic;

/// <summary>
/// The learned off-topic detector and the engine's combination (rules or model, <see cref="ChatNoiseDetector"/>),
/// bounded by cross-validation figures only: every line is scored by a model that never trained on it (folds of
/// <see cref="ChatNoiseFolds"/>). Issue 10 point 4 asks recall ≥ 0.90, precision ≥ 0.95, ≤ 2 % of answers flagged.
/// </summary>
public sealed class LearnedOffTopicDetectorTests
{
    private static List<OffTopicExample> Examples(IEnumerable<(string Text, bool IsOffTopic)> lines) =>
        lines.Select(l => new OffTopicExample(l.Text, l.IsOffTopic)).ToList();

    [Fact]
    public void The_embedded_training_set_is_the_seen_chat_noise_parts_and_the_dev_answers()
    {
        var seen = ChatNoise.All.Where(l => ChatNoiseFolds.SeenParts.Contains(l.Split)).ToList();
        var expected = seen.Select(l => (l.Text, l.IsOffTopic)).Concat(DevAnswers.All.Select(a => (a.Text, false))).ToList();
        Assert.Equal(expected, OffTopicTrainingSet.Embedded().Select(e => (e.Text, e.IsOffTopic)));
    }

    [Fact]
    public void Training_twice_gives_the_same_probabilities()
    {
        var fold = ChatNoiseFolds.LeaveOnePartOut()[^1];
        var texts = fold.Test.Select(t => t.Text).ToList();
        var first = LearnedOffTopicDetector.Train(Examples(fold.Train)).Probabilities(texts);
        var second = LearnedOffTopicDetector.Train(Examples(fold.Train)).Probabilities(texts);
        Assert.Equal(first, second);
        Assert.Contains(first, p => p >= ChatNoiseDetector.Threshold);
        Assert.Contains(first, p => p < ChatNoiseDetector.Threshold);
    }

    [Theory]
    // Cross-validation figures of rules-or-model at the chosen threshold (docs/themes.md, session 6), per left-out part,
    // since fresh3 was scored unseen and joined the seen parts.
    [InlineData("dev", 102.0 / 103, 102.0 / 103)]
    [InlineData("heldout", 49.0 / 49, 49.0 / 50)]
    [InlineData("fresh", 36.0 / 36, 36.0 / 38)]
    [InlineData("fresh2", 75.0 / 75, 75.0 / 84)]
    [InlineData("fresh3", 62.0 / 62, 62.0 / 84)]
    public void A_left_out_part_keeps_its_cross_validation_figures(string part, double precision, double recall)
    {
        var fold = ChatNoiseFolds.LeaveOnePartOut().Single(f => f.Name == part);
        AssertAtLeast(Score([(fold, LeftOutFlags(fold))]), precision, recall);
    }

    [Fact]
    public void Every_part_scored_by_a_model_that_never_saw_it_meets_the_issue_targets()
    {
        // Issue 10 point 4 over the whole hand-written set, each part left out in turn: 324/325 caught, 324/359 found.
        var folds = ChatNoiseFolds.LeaveOnePartOut();
        AssertAtLeast(Score(folds.Select(f => (f, LeftOutFlags(f))).ToList()), 0.95, 0.90);
    }

    private static IReadOnlyList<bool> LeftOutFlags(ChatNoiseFold fold) =>
        ChatNoiseDetector.Flags(fold.Test.Select(t => t.Text).ToList(), LearnedOffTopicDetector.Train(Examples(fold.Train)));

    private static OffTopicScore Score(IReadOnlyList<(ChatNoiseFold Fold, IReadOnlyList<bool> Flags)> scored)
    {
        var lines = scored.SelectMany(s => s.Fold.Test.Select((t, i) => (Id: $"{s.Fold.Name}-{i}", t.IsOffTopic, Flagged: s.Flags[i]))).ToList();
        return OffTopicScore.Of(lines.Where(l => l.IsOffTopic).Select(l => l.Id), lines.Where(l => l.Flagged).Select(l => l.Id));
    }

    private static void AssertAtLeast(OffTopicScore score, double precision, double recall)
    {
        Assert.True(score.Precision >= precision - 1e-9, $"precision {score.Precision} ({score.Caught}/{score.Flagged})");
        Assert.True(score.Recall >= recall - 1e-9, $"recall {score.Recall} ({score.Caught}/{score.Gold})");
    }

    [Fact]
    public void At_most_two_percent_of_the_dev_answers_are_flagged_by_a_model_that_never_saw_their_question()
    {
        var flagged = new List<string>();
        foreach (var fold in ChatNoiseFolds.LeaveOneQuestionOut())
        {
            var texts = fold.Test.Select(t => t.Text).ToList();
            var flags = ChatNoiseDetector.Flags(texts, LearnedOffTopicDetector.Train(Examples(fold.Train)));
            flagged.AddRange(texts.Where((_, i) => flags[i]));
        }
        Assert.True(flagged.Count <= 0.02 * DevAnswers.All.Count, string.Join("; ", flagged));
    }
}
