using System.Globalization;

namespace SocialeBasisBot.Answers;

/// <summary>
/// A short text that changes whenever a set of answers does (a new answer, an edit, a delete or an undelete), so a
/// summary made from the set can be kept until it is out of date. One definition for the summary cache and the wall.
/// </summary>
public static class AnswerSetVersion
{
    public static string Of(IReadOnlyList<Answer> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        return Of(answers.Count, answers.Select(a => a.Id).DefaultIfEmpty().Max(), answers.Max(a => a.EditedAt), answers.Count(a => a.IsRetracted));
    }

    /// <summary>The same text from the figures alone, for a reader that does not load the answers (the wall).</summary>
    public static string Of(int count, long newestId, DateTimeOffset? lastEdited, int retracted) =>
        string.Create(CultureInfo.InvariantCulture, $"{count}|{newestId}|{lastEdited}|{retracted}");
}
