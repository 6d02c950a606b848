using System.Diagnostics.CodeAnalysis;
using SocialeBasisBot.Exports.Formats;

namespace SocialeBasisBot.Exports;

/// <summary>The files a session can be exported to, by the names the <c>/exports/{session}/{file}</c> route serves.</summary>
public static class ExportCatalogue
{
    /// <summary>Every file the route may serve: each format, and the version with names of those holding answers.</summary>
    public static IReadOnlyList<ExportFileSpec> All { get; } =
        [.. For(includeNames: false), .. ExportFormats.All.Where(f => f.HoldsAnswers).Select(f => new ExportFileSpec(f, IncludeNames: true))];

    /// <summary>The files of an <c>export</c> (or <c>export met namen</c>) command.</summary>
    public static IReadOnlyList<ExportFileSpec> For(bool includeNames) =>
        [.. ExportFormats.All.Select(f => new ExportFileSpec(f, includeNames))];

    /// <summary>The file behind a name from a URL; exact, case-sensitive match, so nothing else is ever served.</summary>
    public static bool TryParse(string? fileName, [NotNullWhen(true)] out ExportFileSpec? spec)
    {
        spec = All.FirstOrDefault(s => string.Equals(s.FileName, fileName, StringComparison.Ordinal));
        return spec is not null;
    }
}
