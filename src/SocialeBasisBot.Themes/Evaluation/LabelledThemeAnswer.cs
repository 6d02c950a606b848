namespace SocialeBasisBot.Themes.Evaluation;

/// <summary>An answer with the theme a person gave it; <see cref="OffTopicLabel"/> marks a line that is no answer.</summary>
public sealed record LabelledThemeAnswer(string Id, string Text, string Label)
{
    public bool IsOffTopic => OffTopicLabel.Matches(Label);
}
