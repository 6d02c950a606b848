namespace SocialeBasisBot.Programme;

/// <summary>A programme read from a file, with the line of its id so clashes between files can point at it.</summary>
internal sealed record ParsedProgramme
{
    public required WebinarProgramme Programme { get; init; }
    public int IdLine { get; init; }
}
