namespace SocialeBasisBot.Summaries;

/// <summary>The overview of a whole session, one part per building block of the programme.</summary>
public sealed record SessionSummary
{
    public required string SessionId { get; init; }
    public required string ProgrammeId { get; init; }
    public required string ProgrammeTitle { get; init; }
    public DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset? EndedAt { get; init; }
    public DateTimeOffset GeneratedAt { get; init; }
    /// <summary>Non-retracted answers to all questions and polls.</summary>
    public int AnswerCount { get; init; }
    public int ParticipantCount { get; init; }
    /// <summary>The programme's blocks in programme order (also those without answers), then "Algemeen" if used.</summary>
    public IReadOnlyList<BuildingBlockSummary> BuildingBlocks { get; init; } = [];
    /// <summary>All open questions in programme order.</summary>
    public IReadOnlyList<QuestionSummary> Questions { get; init; } = [];
    public IReadOnlyList<PollSummary> Polls { get; init; } = [];
}
