namespace SocialeBasisBot.Privacy;

/// <summary>What a deletion removed: counts only, never content (they go to the log as they are).</summary>
/// <param name="SessionIds">The sessions it touched (removed, or with answers removed), for the in-memory caches to forget.</param>
public sealed record DeletionResult(int Sessions, int Answers, IReadOnlyList<string>? SessionIds = null);
