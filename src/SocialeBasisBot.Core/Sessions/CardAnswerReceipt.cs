using SocialeBasisBot.Programme;

namespace SocialeBasisBot.Sessions;

/// <summary>
/// What the person who sent an answer from a card is shown, and only they: the answer as stored, that it arrived
/// (or replaced their earlier card answer), and how many answers the question has now. Without <see cref="Question"/>
/// the answer was not stored (<see cref="Outcome"/> says why).
/// </summary>
public sealed record CardAnswerReceipt(
    AnswerOutcome Outcome,
    Phrases Say,
    bool Replaced = false,
    string? Text = null,
    ProgrammeItem? Question = null,
    string? SessionId = null,
    int Count = 0);
