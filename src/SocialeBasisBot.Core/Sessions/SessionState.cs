namespace SocialeBasisBot.Sessions;

public enum SessionState
{
    Running,
    Stopped,
}
