using YamlDotNet.Core;

namespace SocialeBasisBot.Programme;

/// <summary>Collects every problem in one file, so the organiser can fix them all in one go.</summary>
internal sealed class ProgrammeErrorCollector(string file)
{
    private readonly List<ProgrammeValidationError> errors = [];

    public string File { get; } = file;

    public IReadOnlyList<ProgrammeValidationError> Errors => errors;

    public void Add(Mark at, string reason) =>
        errors.Add(new ProgrammeValidationError
        {
            File = File,
            Line = checked((int)at.Line),
            Column = checked((int)at.Column),
            Reason = reason,
        });

    public void AddForFile(string reason) => errors.Add(new ProgrammeValidationError { File = File, Reason = reason });

    public void ThrowIfAny()
    {
        if (errors.Count > 0)
        {
            throw new ProgrammeValidationException(
                [.. errors.OrderBy(e => e.Line).ThenBy(e => e.Column)]);
        }
    }
}
