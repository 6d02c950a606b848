namespace SocialeBasisBot.Sessions;

/// <summary>A command typed to the bot, e.g. "start sociale-basis" or "export met namen".</summary>
public sealed record FacilitatorCommand(CommandKind Kind, string Argument, string Word);
