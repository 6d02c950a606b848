namespace SocialeBasisBot.Sessions;

/// <summary>
/// A summary to make and post off the turn (it may take longer than Teams waits): of one question, or with no
/// <paramref name="ItemId"/> the overview per building block. Queued after the turn's other messages, so the next
/// item's card does not wait for it.
/// </summary>
public sealed record SummaryReply(Session Session, string? ItemId) : BotReply;
