namespace SocialeBasisBot.Hosting;

public static partial class TokenCheckLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an activity with {Status}: its token could not be checked ({Reason})")]
    public static partial void Failed(ILogger logger, int status, string reason);
}
