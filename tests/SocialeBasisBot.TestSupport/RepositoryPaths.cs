namespace SocialeBasisBot.Testing;

/// <summary>The repository root (where SocialeBasisBot.sln is) and the test data kept in it.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    /// <summary>testdata/: copies of public fixtures, schemas and labelled answers, each folder with its source.</summary>
    public static string TestData => Path.Combine(Root, "testdata");

    public static string Fixtures => Path.Combine(TestData, "teams-fixtures");

    public static string Dialogs => Path.Combine(Root, "dialogs");

    public static string Deployment => Path.Combine(Root, "deployment");

    /// <summary>deployment/teams: the Teams app manifest, icons and package script.</summary>
    public static string TeamsApp => Path.Combine(Deployment, "teams");

    /// <summary>The Teams app manifest schema v1.30.</summary>
    public static string ManifestSchema => Path.Combine(Fixtures, "teams-manifest.schema.json");

    /// <summary>tests/browser: the npm package with the card page, the driver and their node_modules.</summary>
    public static string BrowserPackage => Path.Combine(Root, "tests", "browser");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SocialeBasisBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"SocialeBasisBot.sln not found in {AppContext.BaseDirectory} or above it.");
    }
}
