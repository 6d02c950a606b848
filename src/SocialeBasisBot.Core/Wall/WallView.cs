using SocialeBasisBot.Summaries;

namespace SocialeBasisBot.Wall;

/// <summary>
/// Everything the wall shows for one session at one moment. Holds no participant names: quotes are answer texts,
/// counts are counts.
/// </summary>
public sealed record WallView
{
    public required string SessionId { get; init; }
    public required string ProgrammeTitle { get; init; }
    /// <summary>"nl" or "en": the programme's language unless the viewer asked for the other.</summary>
    public required string Language { get; init; }
    public required WallPhase Phase { get; init; }
    /// <summary>1-based position of the current item; 0 before the first.</summary>
    public int Position { get; init; }
    public int Total { get; init; }
    public string ItemTitle { get; init; } = "";
    public string QuestionText { get; init; } = "";
    public IReadOnlyList<BuildingBlockRef> BuildingBlocks { get; init; } = [];
    /// <summary>When the open question's timer closes it, in the organisation's time zone; null when it is not timed.</summary>
    public DateTimeOffset? ClosesAt { get; init; }
    /// <summary>Answers (not retracted) to the current item.</summary>
    public int AnswerCount { get; init; }
    /// <summary>Themes or poll counts of the current item; null until the first theming finished.</summary>
    public ItemSummary? Summary { get; init; }
    /// <summary>True while the question is open, or closed but its final theming has not finished yet.</summary>
    public bool Provisional { get; init; }
    /// <summary>
    /// Set when the provisional themes come from only this many of the answers: the newest the engine had embedded
    /// already, at most Wall:ProvisionalAnswerLimit.
    /// </summary>
    public int? ThemedAnswers { get; init; }
    /// <summary>After the session: the overview per building block; null until it is made.</summary>
    public SessionSummary? Overview { get; init; }
}
