using SocialeBasisBot.Answers;
using SocialeBasisBot.Programme;
using SocialeBasisBot.Sessions;
using SocialeBasisBot.Summaries;

namespace SocialeBasisBot.Corrections;

/// <summary>What the edge shows after a correction action: a card (the summary, or the facilitator's view) or a message.</summary>
/// <param name="Message">The refusal or problem in words; with <see cref="CorrectionOutcome.Corrected"/> what changed.</param>
/// <param name="Answers">The question's answers (not retracted), for the facilitator's choice of answer to move.</param>
public sealed record CorrectionView(
    CorrectionOutcome Outcome,
    Phrases Say,
    string? Message = null,
    Session? Session = null,
    ProgrammeItem? Item = null,
    QuestionSummary? Summary = null,
    IReadOnlyList<Answer>? Answers = null)
{
    public CorrectionPhrases Words => CorrectionPhrases.For(Say);
}
