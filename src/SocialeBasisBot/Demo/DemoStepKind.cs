namespace SocialeBasisBot.Demo;

public enum DemoStepKind
{
    /// <summary>Someone adds the bot to the group chat.</summary>
    BotAdded,

    /// <summary>A facilitator @mentions the bot with a command.</summary>
    Command,

    /// <summary>A participant types in the chat (plain, or with an @mention of the bot).</summary>
    Message,

    /// <summary>A participant fills in the open question's card and presses its button.</summary>
    CardSubmit,

    /// <summary>A participant edits an earlier message.</summary>
    Edit,

    /// <summary>A participant deletes an earlier message.</summary>
    Delete,

    /// <summary>Teams delivers an earlier message a second time (it retries when a bot answers slowly).</summary>
    Resend,

    /// <summary>Nothing happens for a moment (the bot's count refresh can show).</summary>
    Pause,
}
