namespace SocialeBasisBot.Meetings;

/// <summary>
/// What an outbox <see cref="Storage.OutboxKind.MeetingNotice"/> carries: the address the command came in on, for the
/// notification page's link (signed when it is sent, so it is fresh).
/// </summary>
public sealed record NoticeRequest(string BaseUrl);
