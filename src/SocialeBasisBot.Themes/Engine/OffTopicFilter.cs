using SocialeBasisBot.Themes.OffTopic;

namespace SocialeBasisBot.Themes.Engine;

/// <summary>Stage 1 (filter): sets apart what is not an answer to the question, keeping the order of the rest.</summary>
public static class OffTopicFilter
{
    public static FilteredAnswers Apply(IReadOnlyList<ThemeAnswer> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var offTopic = new List<string>();
        var kept = new List<ThemeAnswer>();
        foreach (var answer in answers)
        {
            if (OffTopicDetector.Classify(answer.Text) != OffTopicKind.None) offTopic.Add(answer.Id);
            else kept.Add(answer);
        }
        return new FilteredAnswers(kept, offTopic);
    }
}
