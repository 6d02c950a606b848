using SocialeBasisBot.Programme;

namespace SocialeBasisBot.Sessions.Commands;

/// <summary>
/// Everything a command works with. <see cref="Session"/> and <see cref="Programme"/> are set (and the sender may
/// drive the session) whenever the command's <see cref="SessionCommand.Needs"/> asks for a session.
/// </summary>
public sealed record CommandTurn(
    ConversationInfo Conversation,
    Participant Who,
    FacilitatorCommand Command,
    Phrases Say,
    Session? Session,
    WebinarProgramme? Programme,
    SessionSteps Steps,
    Privacy.PrivacyService? Privacy = null)
{
    /// <summary>Timed questions (`timer`, `verleng`); set by <see cref="SessionService"/> for every command.</summary>
    public QuestionTimer? Timer { get; init; }

    public QuestionTimer RequiredTimer => Timer ?? throw new InvalidOperationException($"`{Command.Word}` ran without the question timer.");

    public Session RequiredSession => Session ?? throw new InvalidOperationException($"`{Command.Word}` ran without a session.");

    public Privacy.PrivacyService RequiredPrivacy => Privacy ?? throw new InvalidOperationException($"`{Command.Word}` ran without the privacy service.");

    public WebinarProgramme RequiredProgramme => Programme ?? throw new InvalidOperationException($"`{Command.Word}` ran without a programme.");
}
