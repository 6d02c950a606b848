namespace SocialeBasisBot.Sessions.Commands;

/// <summary>What <see cref="SessionService"/> checks before it hands a turn to a <see cref="SessionCommand"/>.</summary>
public enum CommandNeeds
{
    /// <summary>Runs with or without a session (help, start); the command checks who may do what.</summary>
    Nothing,

    /// <summary>A running session the sender may drive, with its programme.</summary>
    RunningSession,

    /// <summary>
    /// As <see cref="RunningSession"/>, but with none running a finished one counts too: in a 1:1 chat the last
    /// session the sender led (anywhere), in a group chat or channel the last session of that conversation.
    /// </summary>
    SessionOrLastFinished,
}
