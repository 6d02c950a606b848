namespace SocialeBasisBot.Corrections;

public enum CorrectionOutcome
{
    /// <summary>The facilitator's view of the themes, to correct them.</summary>
    Shown,

    /// <summary>A correction was stored; the posted summary card is updated for everyone.</summary>
    Corrected,

    /// <summary>The summary as everyone sees it (after "Klaar", or for someone who may not correct).</summary>
    Summary,

    /// <summary>Someone who is not a facilitator asked to correct: <see cref="CorrectionView.Message"/> refuses.</summary>
    NotAllowed,

    /// <summary>The session, question or themes are not there: <see cref="CorrectionView.Message"/> says so.</summary>
    Gone,

    /// <summary>The correction did not fit the themes as they are: nothing changed, the view is shown again with why.</summary>
    Invalid,
}
