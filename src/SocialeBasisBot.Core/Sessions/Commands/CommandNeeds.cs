namespace SocialeBasisBot.Sessions.Commands;

/// <summary>What <see cref="SessionService"/> checks before it hands a turn to a <see cref="SessionCommand"/>.</summary>
public enum CommandNeeds
{
    /// <summary>Runs with or without a session (help, start); the command checks who may do what.</summary>
    Nothing,

    /// <summary>A running session the sender may drive, with its programme.</summary>
    RunningSession,

    /// <summary>As <see cref="RunningSession"/>, but in a 1:1 chat the last session the sender led counts too.</summary>
    SessionOrLastLedInPersonalChat,
}
