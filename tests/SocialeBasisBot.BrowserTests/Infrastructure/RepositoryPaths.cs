namespace SocialeBasisBot.BrowserTests.Infrastructure;

/// <summary>Finds the repository root (where SocialeBasisBot.sln is) and what lies beside and below it.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string Dialogs => Path.Combine(Root, "dialogs");

    /// <summary>The npm package with the card page, the driver and their node_modules.</summary>
    public static string BrowserPackage => Path.Combine(Root, "tests", "browser");

    /// <summary>Screenshots land in the test output folder, next to the test assembly.</summary>
    public static string Screenshots { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SocialeBasisBot.sln")))
                return dir.FullName;
        }

        throw new InvalidOperationException("SocialeBasisBot.sln not found above " + AppContext.BaseDirectory);
    }
}
