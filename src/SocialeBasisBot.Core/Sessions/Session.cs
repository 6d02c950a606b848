namespace SocialeBasisBot.Sessions;

/// <summary>One run of a programme in one conversation.</summary>
public sealed class Session
{
    public required string Id { get; set; }
    /// <summary>The conversation the session runs in (for a channel: without the ";messageid=" suffix).</summary>
    public required string ConversationId { get; set; }
    public required string ProgrammeId { get; set; }
    public SessionState State { get; set; }
    /// <summary>Index of the last posted item, -1 before the first.</summary>
    public int CurrentItemIndex { get; set; } = -1;
    /// <summary>The question currently accepting answers, if any.</summary>
    public string? OpenItemId { get; set; }
    public required string StartedById { get; set; }
    public string StartedByName { get; set; } = "";
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
    /// <summary>
    /// Goes up by one with every saved change. Several instances may handle commands for one chat at once; a change
    /// based on a version another instance has moved past is refused by the database, and the command runs again on
    /// what is there now (<see cref="SessionService"/>).
    /// </summary>
    public int Version { get; set; }
    /// <summary>
    /// The question a timer runs for (`timer 3`, `verleng 2` or the item's `duration`), with when it closes by itself and
    /// when the 30-second reminder is due (null once sent). Kept in the database, so the timer survives a restart, and
    /// fired under the session's <see cref="Version"/>, so of several instances exactly one closes the question.
    /// A timer whose item is no longer the open one is void.
    /// </summary>
    public string? TimerItemId { get; set; }
    public DateTimeOffset? ClosesAt { get; set; }
    public DateTimeOffset? RemindAt { get; set; }
    /// <summary>
    /// `timer 3` given while no question is open: the next question posted gets a timer of this many minutes (instead
    /// of its `duration`), and its card says when it closes. Cleared when it is used.
    /// </summary>
    public int? NextQuestionMinutes { get; set; }
    /// <summary>
    /// The Entra tenant of the chat (channelData.tenant.id), so the organisers' sessions page shows a session only to
    /// people of that tenant; null for sessions started before it was kept.
    /// </summary>
    public string? TenantId { get; set; }
    /// <summary>The chat's name as Teams gives it (a meeting's or channel's title); null for an unnamed group chat.</summary>
    public string? ChatName { get; set; }
    /// <summary>What kind of chat it runs in, for the organisers' sessions page.</summary>
    public ChatKind? ChatKind { get; set; }
    /// <summary>Serialized conversation reference so the bot can post proactively after a restart.</summary>
    public string? ConversationReference { get; set; }
}
