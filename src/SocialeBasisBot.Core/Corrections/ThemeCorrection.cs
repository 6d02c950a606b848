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
    /// <summary>The theme renamed or merged away, by the engine's id when it was made (see <see cref="ThemeAnswerIds"/>).</summary>
    public string? ThemeId { get; set; }
    /// <summary>The theme merged into or moved to, by the engine's id when it was made (see <see cref="TargetAnswerIds"/>).</summary>
    public string? TargetThemeId { get; set; }
    /// <summary>
    /// The answers of <see cref="ThemeId"/> as the facilitator saw that theme: the engine may give the same question
    /// other ids when it themes it again (more answers, a restart), so the theme meant is the one that holds most of
    /// these answers (<see cref="CorrectionAnchor"/>). Null in corrections stored before anchors: the id decides.
    /// </summary>
    public List<long>? ThemeAnswerIds { get; set; }
    /// <summary>The answers of <see cref="TargetThemeId"/> as the facilitator saw it (as <see cref="ThemeAnswerIds"/>).</summary>
    public List<long>? TargetAnswerIds { get; set; }
    /// <summary>The <see cref="Answers.Answer.Id"/> moved or marked.</summary>
    public long? AnswerId { get; set; }
    /// <summary>The new name of a renamed theme.</summary>
    public string? Label { get; set; }
    /// <summary>Who corrected (Entra object id, or Teams id without one).</summary>
    public required string ById { get; set; }
    /// <summary>Who corrected, by their Teams id: a card's refresh.userIds names people by it.</summary>
    public string? ByTeamsId { get; set; }
    public DateTimeOffset At { get; set; }
}
