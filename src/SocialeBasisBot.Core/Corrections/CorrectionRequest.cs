namespace SocialeBasisBot.Corrections;

/// <summary>A correction as a facilitator asked for it on the card, before it is checked against the themes.</summary>
/// <param name="TargetThemeId">A theme id, <see cref="ThemeCorrection.OtherThemeId"/>, or <see cref="OffTopicTarget"/>.</param>
public sealed record CorrectionRequest(ThemeCorrectionKind Kind, string? ThemeId = null, string? TargetThemeId = null, long? AnswerId = null, string? Label = null)
{
    /// <summary>The target that marks an answer off-topic (a move there is stored as <see cref="ThemeCorrectionKind.OffTopic"/>).</summary>
    public const string OffTopicTarget = "buiten-onderwerp";

    public const int MaxLabelLength = 80;
}
