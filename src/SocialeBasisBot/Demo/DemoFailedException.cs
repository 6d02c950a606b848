namespace SocialeBasisBot.Demo;

/// <summary>The demo could not play its script to the end; the message says where and why.</summary>
public sealed class DemoFailedException : Exception
{
    public DemoFailedException()
    {
    }

    public DemoFailedException(string message)
        : base(message)
    {
    }

    public DemoFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
