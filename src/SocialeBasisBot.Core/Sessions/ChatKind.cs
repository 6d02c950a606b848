namespace SocialeBasisBot.Sessions;

/// <summary>Where a conversation takes place; greeting and help tell each kind what it needs to know.</summary>
public enum ChatKind
{
    GroupChat,
    Channel,

    /// <summary>A Teams meeting's chat (scheduled, or a channel meeting): the meeting's roles decide who drives.</summary>
    Meeting,

    /// <summary>A 1:1 chat with the bot.</summary>
    Personal,
}
