namespace SocialeBasisBot.Themes.OffTopic;

/// <summary>The learned detector's output for one line, as ML.NET writes it.</summary>
internal sealed class OffTopicPrediction
{
    public float Probability { get; set; }
}
