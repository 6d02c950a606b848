using SocialeBasisBot.Sessions;

namespace SocialeBasisBot.Privacy;

/// <summary>
/// `mijn gegevens`: what is kept about the participant. The edge knows the address people reach the bot on, so it
/// asks <see cref="PrivacyService.MyDataText"/> for the text with the signed download link.
/// </summary>
public sealed record MyDataReply(string ParticipantId, IReadOnlyList<SessionAnswerCount> Counts, Phrases Say) : BotReply;
