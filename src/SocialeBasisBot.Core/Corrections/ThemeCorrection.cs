namespace SocialeBasisBot.Corrections;

/// <summary>
/// One correction a facilitator made to the themes of one question, kept next to the engine's result and never
/// written into it: the engine's themes can always be shown again, and the export gives both, so an organisation
/// gets labelled data of its own. Corrections apply in <see cref="Id"/> order (<see cref="ThemeCorrector"/>).
/// </summary>
public sealed class ThemeCorrection
{
    /// <summary>The theme id a move to "Overig" names (the engine's ids are never this).</summary>
    public const string OtherThemeId = "overig";

    public long Id { get; set; }
    public required string SessionId { get; set; }
    public required string ItemId { get; set; }
    public ThemeCorrectionKind Kind { get; set; }
    /// <summary>The theme renamed or merged away.</summary>
    public string? ThemeId { get; set; }
    /// <summary>The theme merged into or moved to.</summary>
    public string? TargetThemeId { get; set; }
    /// <summary>The <see cref="Answers.Answer.Id"/> moved or marked.</summary>
    public long? AnswerId { get; set; }
    /// <summary>The new name of a renamed theme.</summary>
    public string? Label { get; set; }
    /// <summary>Who corrected (Entra object id, or Teams id without one).</summary>
    public required string ById { get; set; }
    public DateTimeOffset At { get; set; }
}
