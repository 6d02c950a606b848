namespace SocialeBasisBot.BrowserTests.Infrastructure;

/// <summary>Finds the repository root (where SocialeBasisBot.sln is) and what lies beside and below it.</summary>
public static class RepositoryPaths
{
    public static string Root => SocialeBasisBot.Testing.RepositoryPaths.Root;

    public static string Shared => SocialeBasisBot.Testing.RepositoryPaths.Shared;

    public static string Dialogs => SocialeBasisBot.Testing.RepositoryPaths.Dialogs;

    /// <summary>The npm package with the card page, the driver and their node_modules.</summary>
    public static string BrowserPackage => Path.Combine(Root, "tests", "browser");

    /// <summary>Screenshots land in the test output folder, next to the test assembly.</summary>
    public static string Screenshots { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;
}
