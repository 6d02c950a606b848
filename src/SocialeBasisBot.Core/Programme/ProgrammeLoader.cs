namespace SocialeBasisBot.Programme;

/// <summary>
/// Loads programme files (YAML) from disk. Every problem is reported with file, line and reason in a
/// <see cref="ProgrammeValidationException"/>, so an organiser can fix a file without reading code.
/// </summary>
public static class ProgrammeLoader
{
    /// <summary>File name patterns of programme files in a folder.</summary>
    public static readonly IReadOnlyList<string> FilePatterns = ["*.yaml", "*.yml"];

    /// <summary>Reads one programme from YAML text; <paramref name="sourceName"/> is used in error messages.</summary>
    public static WebinarProgramme Parse(string yaml, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        using var reader = new StringReader(yaml);
        return ProgrammeYamlReader.Read(reader, sourceName).Programme;
    }

    public static WebinarProgramme LoadFile(string path) => Read(path).Programme;

    /// <summary>
    /// Loads every programme file in <paramref name="folder"/> (sorted by name). Problems in all files are reported
    /// together; two files with the same programme id are an error too.
    /// </summary>
    public static IReadOnlyList<WebinarProgramme> LoadFolder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new ProgrammeValidationException(
            [
                new ProgrammeValidationError { File = folder, Reason = "De map met programma's bestaat niet." },
            ]);
        }

        var files = FilePatterns
            .SelectMany(pattern => Directory.EnumerateFiles(folder, pattern, SearchOption.TopDirectoryOnly))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
        {
            throw new ProgrammeValidationException(
            [
                new ProgrammeValidationError
                {
                    File = folder,
                    Reason = "Er staan geen programmabestanden (.yaml) in deze map; de bot heeft niets om te starten.",
                },
            ]);
        }

        var errors = new List<ProgrammeValidationError>();
        var loaded = new Dictionary<string, ParsedProgramme>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files)
        {
            try
            {
                var parsed = Read(file);
                if (loaded.TryGetValue(parsed.Programme.Id, out var earlier))
                {
                    errors.Add(new ProgrammeValidationError
                    {
                        File = file,
                        Line = parsed.IdLine,
                        Reason = $"Programma-id '{parsed.Programme.Id}' wordt ook al gebruikt in " +
                                 $"{earlier.Programme.SourceFile}; geef elk programma een eigen id.",
                    });
                }
                else
                {
                    loaded.Add(parsed.Programme.Id, parsed);
                }
            }
            catch (ProgrammeValidationException ex)
            {
                errors.AddRange(ex.Errors);
            }
        }

        if (errors.Count > 0)
        {
            throw new ProgrammeValidationException(errors);
        }

        return [.. loaded.Values.Select(p => p.Programme)];
    }

    private static ParsedProgramme Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ProgrammeValidationException(
            [
                new ProgrammeValidationError { File = path, Reason = $"Het bestand kan niet gelezen worden: {ex.Message}" },
            ]);
        }

        using var reader = new StringReader(text);
        return ProgrammeYamlReader.Read(reader, path);
    }
}
