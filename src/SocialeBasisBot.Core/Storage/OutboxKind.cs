namespace SocialeBasisBot.Storage;

/// <summary>What an outbox message sends; the Teams edge renders each kind from the session's stored state.</summary>
public enum OutboxKind
{
    /// <summary>A question card set to its closed form with the final count (an update of the posted card).</summary>
    ClosedCard,

    /// <summary>The themes of a closed question, or the counts of a poll (a new message).</summary>
    QuestionSummary,

    /// <summary>The overview per building block (a new message, one card per block).</summary>
    SessionSummary,

    /// <summary>A new answer count on an open question card (an update; coalesced, one pending per card).</summary>
    CountRefresh,
}
