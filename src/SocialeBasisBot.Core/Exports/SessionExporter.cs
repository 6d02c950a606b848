using Microsoft.Extensions.Options;

namespace SocialeBasisBot.Exports;

/// <summary>Renders a session's answers and summary to the files of the <see cref="ExportCatalogue"/>.</summary>
public sealed class SessionExporter(IOptions<ExportOptions> options)
{
    private readonly TimeZoneInfo timeZone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    /// <summary>The files of an <c>export</c> command, names only when <paramref name="includeNames"/>.</summary>
    public IReadOnlyList<ExportFile> ExportAll(SessionExportInput input, bool includeNames = false) =>
        ExportCatalogue.For(includeNames).Select(spec => Export(input, spec)).ToList();

    public ExportFile Export(SessionExportInput input, ExportFileSpec spec)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(spec);
        return new ExportFile(spec, spec.Format.Write(input, spec.IncludeNames && spec.HoldsAnswers, timeZone));
    }
}
