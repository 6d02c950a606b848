namespace SocialeBasisBot.Sessions;

/// <summary>What an outbox <see cref="Storage.OutboxKind.MeetingReadyCard"/> carries; its language is the message's.</summary>
public sealed record MeetingReadyRequest(string ProgrammeTitle, string ProgrammeId, IReadOnlyList<string> Programmes);
