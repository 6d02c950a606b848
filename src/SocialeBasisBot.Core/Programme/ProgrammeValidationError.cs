namespace SocialeBasisBot.Programme;

/// <summary>One problem in a programme file, pointing the organiser at the place to fix it.</summary>
public sealed record ProgrammeValidationError
{
    public required string File { get; init; }
    /// <summary>1-based line; 0 when the problem is about the file or folder as a whole.</summary>
    public int Line { get; init; }
    /// <summary>1-based column; 0 when unknown.</summary>
    public int Column { get; init; }
    /// <summary>What is wrong and how to fix it, in plain Dutch.</summary>
    public required string Reason { get; init; }

    public override string ToString() => (Line, Column) switch
    {
        (0, _) => $"{File}: {Reason}",
        (_, 0) => $"{File}, regel {Line}: {Reason}",
        _ => $"{File}, regel {Line}, kolom {Column}: {Reason}",
    };
}
