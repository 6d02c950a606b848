namespace SocialeBasisBot.Testing;

/// <summary>
/// Folds for choosing and bounding the learned off-topic detector on seen data only: leave one chat noise part out
/// (train on the other seen parts and every dev answer, test on the one left out) and leave one dev question out (train
/// on every seen chat noise line and the answers to the other questions, test on that question's answers). Parts
/// added later (fresh4, …) are in no fold.
/// </summary>
public static class ChatNoiseFolds
{
    /// <summary>The chat noise parts whose lines have been read; the learned detector's training set is these.</summary>
    public static IReadOnlyList<string> SeenParts { get; } = ["dev", "heldout", "fresh", "fresh2", "fresh3"];

    public static IReadOnlyList<ChatNoiseFold> LeaveOnePartOut() =>
        SeenParts.Select(part => new ChatNoiseFold(part,
            [.. Seen().Where(l => l.Split != part).Select(Example), .. DevAnswers.All.Select(a => (a.Text, false))],
            [.. ChatNoise.Split(part).Select(Example)])).ToList();

    public static IReadOnlyList<ChatNoiseFold> LeaveOneQuestionOut() =>
        DevAnswers.All.Select(a => a.Question).Distinct(StringComparer.Ordinal).Select(question => new ChatNoiseFold(question,
            [.. Seen().Select(Example), .. DevAnswers.All.Where(a => a.Question != question).Select(a => (a.Text, false))],
            [.. DevAnswers.For(question).Select(a => (a.Text, false))])).ToList();

    private static IEnumerable<ChatNoiseLine> Seen() => ChatNoise.All.Where(l => SeenParts.Contains(l.Split));

    private static (string Text, bool IsOffTopic) Example(ChatNoiseLine line) => (line.Text, line.IsOffTopic);
}
