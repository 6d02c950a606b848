using SocialeBasisBot.Answers;

namespace SocialeBasisBot.Storage;

/// <summary>An answer to store, with what the bot says about it once stored (a 1:1 "ontvangen"), if anything.</summary>
public sealed record NewAnswer(Answer Answer, IReadOnlyList<OutboxMessage> Replies);
