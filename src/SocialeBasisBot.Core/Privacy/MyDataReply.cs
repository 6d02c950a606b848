using SocialeBasisBot.Sessions;

namespace SocialeBasisBot.Privacy;

/// <summary>
/// `mijn gegevens`: what is kept about the participant. The edge knows the address people reach the bot on, so it
/// asks <see cref="PrivacyService.MyDataText"/> for the text with the signed download link.
/// </summary>
/// <param name="SessionsStarted">Sessions they started (which keep their name and id); with <paramref name="TenantId"/> the text
/// links to their sessions page.</param>
/// <param name="Organiser">Listed under Organisers:Users: the sessions page link comes also without sessions of their own.</param>
public sealed record MyDataReply(
    string ParticipantId, IReadOnlyList<SessionAnswerCount> Counts, Phrases Say, int SessionsStarted = 0, string? TenantId = null, bool Organiser = false) : BotReply;
