namespace SocialeBasisBot.Storage;

public enum OutboxState
{
    /// <summary>Not sent yet: waiting for its turn in the conversation, or for the retry time Teams asked for.</summary>
    Pending,

    /// <summary>Teams accepted it (or it was no longer needed, such as a refresh of a card closed meanwhile).</summary>
    Sent,

    /// <summary>
    /// A new message whose POST got no answer (timed out, connection lost, shut down mid-call): Teams may have posted
    /// it. Not retried by itself, because a second POST could show it twice; `sluit` or `samenvatting` re-post.
    /// </summary>
    Uncertain,

    /// <summary>Teams refused it for good (4xx other than 412/429), or it stayed throttled past the give-up time.</summary>
    Failed,
}
