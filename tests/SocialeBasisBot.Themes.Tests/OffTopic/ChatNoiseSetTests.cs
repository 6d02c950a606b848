using SocialeBasisBot.Testing;
using SocialeBasisBot.Themes.Evaluation;
using SocialeBasisBot.Themes.OffTopic;
using SocialeBasisBot.Themes.Tests.Support;

namespace SocialeBasisBot.Themes.Tests.OffTopic;

/// <summary>
/// The off-topic rules on testdata/chat-noise (hand-written chat lines that are no answer, and near-misses that are),
/// as lower bounds: issue 10 asks recall ≥ 0.90 and precision ≥ 0.95. The rules were written looking at the dev
/// part, then (session 4) at what the held-out part's misses share, then (session 5) at the fresh part's misses,
/// then (session 6) at fresh2's. fresh3 (session 6) was scored once unseen after that and is bounded at what it scored;
/// the rules alone then miss the recall over the whole set, the engine's rules-or-model meets it
/// (<see cref="LearnedOffTopicDetectorTests"/>). A part written later (fresh4.jsonl, …) is not read here until it has
/// been scored once by the benchmark.
/// </summary>
public sealed class ChatNoiseSetTests
{
    private static OffTopicScore Score(string split) => Score(ChatNoise.Split(split));

    private static OffTopicScore Score(IReadOnlyList<ChatNoiseLine> lines)
    {
        return OffTopicScore.Of(lines.Where(l => l.IsOffTopic).Select(l => l.Id),
            lines.Where(l => OffTopicDetector.Classify(l.Text) != OffTopicKind.None).Select(l => l.Id));
    }

    // The parts these tests read. A part added later (fresh4.jsonl, …) is scored once by the benchmark's --off-topic
    // run before it is named in ChatNoiseFolds.SeenParts (the one list of seen parts), so no test bound is ever fitted to it unseen.
    private static readonly IReadOnlyList<string> Parts = ChatNoiseFolds.SeenParts;

    [Fact]
    public void The_set_has_at_least_100_off_topic_lines_of_every_kind_and_near_misses()
    {
        var lines = ChatNoise.All.Where(l => Parts.Contains(l.Split)).ToList();
        Assert.True(lines.Count(l => l.IsOffTopic) >= 100);
        Assert.Equal(["arriving-leaving", "greeting", "host-question", "joke-other", "near-miss", "slides-recording", "sound-video", "thanks"],
            lines.Select(l => l.Kind).Distinct().Order(StringComparer.Ordinal));
        Assert.All(lines, l => Assert.Equal(l.Kind == "near-miss" ? "answer" : "off-topic", l.Label));
        Assert.Subset(ChatNoise.Splits.ToHashSet(), Parts.ToHashSet());
        Assert.True(ChatNoise.Split("fresh").Count >= 40);
        Assert.Equal(110, ChatNoise.Split("fresh2").Count);
        Assert.Equal(114, ChatNoise.Split("fresh3").Count);
        // Over every file: an id names one line, and every line has a label --evaluate understands.
        Assert.Equal(ChatNoise.All.Count, ChatNoise.All.Select(l => l.Id).Distinct().Count());
        Assert.All(ChatNoise.All, l => Assert.True(l.Label is "off-topic" or "answer", l.Id));
    }

    [Fact]
    public void Dev_part_recall_and_precision_meet_the_targets()
    {
        var score = Score("dev");
        AssertAtLeast(score, 0.90, 0.95);
    }

    [Fact]
    public void Held_out_part_keeps_what_it_scored_after_the_rules_were_changed_for_its_misses()
    {
        // Seen since session 4 (its misses were read and the rules changed for what they share): a second dev part.
        var score = Score("heldout");
        AssertAtLeast(score, HeldOutRecall, HeldOutPrecision);
    }

    [Fact]
    public void Fresh_part_keeps_what_it_scored_after_the_rules_were_changed_for_sentence_structure()
    {
        // Scored once in session 4 (recall 26/38); read in session 5, when the rules were changed to read the
        // structure of a line (ChatSentence, separable verbs, "X van Y"), so it is a third dev part now.
        var score = Score("fresh");
        AssertAtLeast(score, FreshRecall, FreshPrecision);
    }

    [Fact]
    public void Fresh2_part_keeps_what_it_scored_after_the_rules_were_changed_for_its_misses()
    {
        // Scored once unseen in session 5 (recall 45/84, precision 45/46); read in session 6, when the rules learned
        // self-introductions, questions without a question mark, plurals, diminutives and compounds of lexicon words.
        var score = Score("fresh2");
        AssertAtLeast(score, Fresh2Recall, Fresh2Precision);
    }

    [Fact]
    public void Fresh3_part_keeps_what_the_rules_scored_on_it_unseen()
    {
        // Written in session 6 by an engineer who read neither the rules nor the other lines; scored once (51/84, 51/51).
        var score = Score("fresh3");
        AssertAtLeast(score, Fresh3Recall, Fresh3Precision);
    }

    [Fact]
    public void The_whole_seen_set_keeps_what_the_rules_scored()
    {
        // The rules alone over every part: precision 1.000, recall 308/359 = 0.858, below the 0.90 since fresh3
        // (0.607 unseen); the engine's default adds the learned detector (LearnedOffTopicDetectorTests).
        var score = Score(ChatNoise.All.Where(l => Parts.Contains(l.Split)).ToList());
        AssertAtLeast(score, AllRecall, AllPrecision);
    }

    private static void AssertAtLeast(OffTopicScore score, double recall, double precision)
    {
        Assert.True(score.Recall >= recall, $"recall {score.Recall} ({score.Caught}/{score.Gold})");
        Assert.True(score.Precision >= precision, $"precision {score.Precision} ({score.Caught}/{score.Flagged})");
    }

    [Fact]
    public void At_most_two_percent_of_the_dev_answers_are_flagged()
    {
        var answers = SharedData.DevAnswers();
        var flagged = answers.Where(a => OffTopicDetector.Classify(a.Answer.Text) != OffTopicKind.None).ToList();
        Assert.True(flagged.Count <= 0.02 * answers.Count, string.Join("; ", flagged.Select(f => f.Answer.Text)));
    }

    private const double HeldOutRecall = 49.0 / 50;
    private const double HeldOutPrecision = 1.0;
    private const double FreshRecall = 34.0 / 38;
    private const double FreshPrecision = 1.0;
    private const double Fresh2Recall = 73.0 / 84;
    private const double Fresh2Precision = 1.0;
    private const double Fresh3Recall = 51.0 / 84;
    private const double Fresh3Precision = 1.0;
    private const double AllRecall = 308.0 / 359;
    private const double AllPrecision = 1.0;
}
