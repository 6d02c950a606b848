namespace SocialeBasisBot.Exports.Formats;

/// <summary>
/// One kind of export file: its name, content type, the label on the download button in both languages and its
/// writer. Adding a format is one subclass plus one line in <see cref="ExportFormats"/>; the route, the export card,
/// file consent and the tests read the list.
/// </summary>
public abstract class ExportFormat
{
    /// <summary>The file name; formats that hold answers have a second name for the version with names.</summary>
    public abstract string FileName(bool includeNames);

    public abstract string ContentType { get; }

    public abstract string DutchLabel { get; }

    public abstract string EnglishLabel { get; }

    /// <summary>Whether the file holds answers (and so possibly names) rather than only the summary.</summary>
    public abstract bool HoldsAnswers { get; }

    public abstract byte[] Write(SessionExportInput input, bool includeNames, TimeZoneInfo timeZone);
}
