namespace SocialeBasisBot.Programme;

/// <summary>
/// Finds the programme folder. Next to the app comes first so a published app uses the files it was shipped with;
/// the content root covers `dotnet run` from the repository, where dialogs/ sits at the root.
/// </summary>
public static class ProgrammeFolderResolver
{
    public static string Resolve(string folder, string? contentRoot)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        if (Path.IsPathFullyQualified(folder))
        {
            return folder;
        }

        var candidates = new List<string> { Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, folder)) };
        if (!string.IsNullOrEmpty(contentRoot))
        {
            candidates.Add(Path.GetFullPath(Path.Combine(contentRoot, folder)));
        }

        return candidates.FirstOrDefault(Directory.Exists) ?? throw new ProgrammeValidationException(
        [
            new ProgrammeValidationError
            {
                File = folder,
                Reason = "De map met programma's is niet gevonden (instelling Programmes:Folder). Gezocht in: "
                         + string.Join(" en ", candidates.Distinct(StringComparer.Ordinal)) + ".",
            },
        ]);
    }
}
