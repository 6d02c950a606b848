namespace SocialeBasisBot.Core.Tests.Programme;

/// <summary>Finds the real files of the repository (dialogs/) by walking up from the test output to the solution.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string DialogsFolder => Path.Combine(Root, "dialogs");

    public static string Dialog(string fileName) => Path.Combine(DialogsFolder, fileName);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SocialeBasisBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"SocialeBasisBot.sln not found above {AppContext.BaseDirectory}.");
    }
}
