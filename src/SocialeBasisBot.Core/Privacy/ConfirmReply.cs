using SocialeBasisBot.Sessions;

namespace SocialeBasisBot.Privacy;

/// <summary>
/// A question with a confirm and a cancel button (a card in Teams). Each button sends its command back as if typed:
/// <paramref name="ConfirmCommand"/> runs the deletion, <paramref name="CancelCommand"/> says nothing was deleted.
/// </summary>
public sealed record ConfirmReply(string Text, string ConfirmLabel, string ConfirmCommand, string CancelLabel, string CancelCommand) : BotReply;
