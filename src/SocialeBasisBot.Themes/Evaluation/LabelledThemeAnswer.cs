namespace SocialeBasisBot.Themes.Evaluation;

/// <summary>An answer with the theme a person gave it; <see cref="OffTopicLabel"/> marks a line that is no answer.</summary>
public sealed record LabelledThemeAnswer(string Id, string Text, string Label)
{
    public bool IsOffTopic => OffTopicLabel.Matches(Label);

    /// <summary>The theme of a second idea in the answer ("meer tijd en een vrijwilligersvergoeding"), if any.</summary>
    public string? SecondaryLabel { get; init; }
}
