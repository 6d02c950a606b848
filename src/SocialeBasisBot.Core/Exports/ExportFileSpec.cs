using SocialeBasisBot.Exports.Formats;

namespace SocialeBasisBot.Exports;

/// <summary>
/// One downloadable file of a session. Names are part of the file name ("antwoorden-met-namen.csv"), so a signed
/// link to the pseudonymous file can never be turned into one with names.
/// </summary>
public sealed record ExportFileSpec(ExportFormat Format, bool IncludeNames = false)
{
    /// <summary>Names only ever go into a file that holds answers; decided here once, for every use of the spec.</summary>
    public bool IncludeNames { get; } = IncludeNames && Format.HoldsAnswers;

    public string FileName => Format.FileName(IncludeNames);

    public string ContentType => Format.ContentType;

    /// <summary>Whether the file holds answers (and so possibly names) rather than the summary.</summary>
    public bool HoldsAnswers => Format.HoldsAnswers;

    public string Label(bool english) => english ? Format.EnglishLabel : Format.DutchLabel;
}
