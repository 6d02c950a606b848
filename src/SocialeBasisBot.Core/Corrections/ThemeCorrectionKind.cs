namespace SocialeBasisBot.Corrections;

/// <summary>What a facilitator changed in the themes of a closed question (stored by name).</summary>
public enum ThemeCorrectionKind
{
    /// <summary>The theme <see cref="ThemeCorrection.ThemeId"/> is called <see cref="ThemeCorrection.Label"/>.</summary>
    Rename,

    /// <summary>The theme <see cref="ThemeCorrection.ThemeId"/> goes into <see cref="ThemeCorrection.TargetThemeId"/>.</summary>
    Merge,

    /// <summary>The answer <see cref="ThemeCorrection.AnswerId"/> belongs to <see cref="ThemeCorrection.TargetThemeId"/>
    /// (<see cref="ThemeCorrection.OtherThemeId"/> for "Overig"), also when it was off-topic.</summary>
    Move,

    /// <summary>The answer <see cref="ThemeCorrection.AnswerId"/> is off-topic.</summary>
    OffTopic,
}
