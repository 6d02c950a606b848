namespace SocialeBasisBot.Sessions;

public enum CommandKind
{
    Start,
    Next,
    Close,
    Summary,
    Status,
    Export,
    Stop,
    Help,
}
