using SocialeBasisBot.Answers;

namespace SocialeBasisBot.Sessions;

/// <summary>An answer as it arrived: from a chat message or a card submit.</summary>
/// <param name="ItemId">Set when the channel tells which question it answers (card submit); null for chat messages.</param>
/// <param name="ReplyToId">The message a card submit came from; finds the question when the card did not name it.</param>
/// <param name="Addressed">The bot was @mentioned: it then says something back when the message was not an answer.</param>
/// <param name="QuotedMessageId">The message a Teams quote-reply quotes; with no text of its own it is support for
/// the quoted answer.</param>
public sealed record IncomingAnswer(
    string Text,
    string MessageId,
    AnswerSource Source,
    string? ItemId = null,
    string? SessionId = null,
    IReadOnlyList<string>? Choices = null,
    string? ReplyToId = null,
    bool Addressed = false,
    string? QuotedMessageId = null);
