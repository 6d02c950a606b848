namespace SocialeBasisBot.Privacy;

/// <summary>How many answers one participant gave in one session (`mijn gegevens`).</summary>
public sealed record SessionAnswerCount(string SessionId, string ProgrammeId, DateTimeOffset StartedAt, int Answers);
