namespace SocialeBasisBot.Privacy;

/// <summary>What a deletion removed: counts only, never content (they go to the log as they are).</summary>
public sealed record DeletionResult(int Sessions, int Answers);
