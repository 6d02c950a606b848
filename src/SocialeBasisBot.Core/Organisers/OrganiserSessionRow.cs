using SocialeBasisBot.Sessions;

namespace SocialeBasisBot.Organisers;

/// <summary>One line of the sessions list: when, which programme, in which chat, how many answers from how many people.</summary>
public sealed record OrganiserSessionRow(
    string SessionId,
    DateTimeOffset StartedAt,
    string ProgrammeId,
    string ProgrammeTitle,
    string? ChatName,
    ChatKind? ChatKind,
    SessionState State,
    int Answers,
    int Participants);
