namespace SocialeBasisBot.Programme;

/// <summary>
/// A programme file (or the programme folder) cannot be used. The message lists every problem with file, line and
/// reason, so that a failed start-up tells the organiser exactly what to fix.
/// </summary>
public sealed class ProgrammeValidationException : Exception
{
    public ProgrammeValidationException()
        : this([])
    {
    }

    public ProgrammeValidationException(string message)
        : base(message)
    {
        Errors = [];
    }

    public ProgrammeValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    public ProgrammeValidationException(IReadOnlyList<ProgrammeValidationError> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    public IReadOnlyList<ProgrammeValidationError> Errors { get; }

    private static string Describe(IReadOnlyList<ProgrammeValidationError> errors) =>
        errors.Count == 0
            ? "Ongeldig programmabestand (invalid programme file)."
            : $"Ongeldig programmabestand (invalid programme file), {errors.Count} "
              + (errors.Count == 1 ? "probleem" : "problemen") + ":"
              + string.Concat(errors.Select(e => Environment.NewLine + "  - " + e));
}
