namespace SocialeBasisBot.Sessions;

public sealed record AnswerResult(AnswerOutcome Outcome, string? SessionId = null, string? ItemId = null);
