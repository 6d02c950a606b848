namespace SocialeBasisBot.Demo;

/// <summary>The transcript file cannot be played; every error names the file and line.</summary>
public sealed class DemoTranscriptException : Exception
{
    public DemoTranscriptException()
    {
        Errors = [];
    }

    public DemoTranscriptException(string message)
        : base(message)
    {
        Errors = [message];
    }

    public DemoTranscriptException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [message];
    }

    public DemoTranscriptException(IReadOnlyList<string> errors)
        : base(string.Join(Environment.NewLine, errors))
    {
        Errors = errors;
    }

    public IReadOnlyList<string> Errors { get; }
}
