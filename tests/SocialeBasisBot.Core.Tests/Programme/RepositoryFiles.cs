namespace SocialeBasisBot.Core.Tests.Programme;

/// <summary>Finds the real files of the repository (dialogs/) by walking up from the test output to the solution.</summary>
internal static class RepositoryFiles
{
    public static string Root => SocialeBasisBot.Testing.RepositoryPaths.Root;

    public static string DialogsFolder => SocialeBasisBot.Testing.RepositoryPaths.Dialogs;

    public static string Dialog(string fileName) => Path.Combine(DialogsFolder, fileName);
}
