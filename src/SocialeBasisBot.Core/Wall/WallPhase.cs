namespace SocialeBasisBot.Wall;

/// <summary>Where the session is, as the wall shows it.</summary>
public enum WallPhase
{
    /// <summary>Started, no item posted yet.</summary>
    Waiting,

    /// <summary>An item that takes no answers (information).</summary>
    Information,

    /// <summary>A question or poll accepting answers: provisional themes.</summary>
    Open,

    /// <summary>The current question was closed with `sluit`: its final summary.</summary>
    Closed,

    /// <summary>The session ended: the overview per building block.</summary>
    Ended,
}
