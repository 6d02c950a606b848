using Microsoft.Extensions.Options;

namespace SocialeBasisBot.Exports;

/// <summary>Renders a session's answers and summary to the files of the <see cref="ExportCatalogue"/>.</summary>
public sealed class SessionExporter(IOptions<ExportOptions> options)
{
    private readonly TimeZoneInfo timeZone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    /// <summary>The organisation's time zone (<c>Exports:TimeZone</c>) that files and links show times in.</summary>
    public TimeZoneInfo TimeZone => timeZone;

    public ExportFile Export(SessionExportInput input, ExportFileSpec spec)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(spec);
        return new ExportFile(spec, spec.Format.Write(input, spec.IncludeNames, timeZone));
    }
}
