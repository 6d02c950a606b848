namespace SocialeBasisBot.Testing;

/// <summary>The repository root (where SocialeBasisBot.sln is) and the shared material beside it.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    /// <summary>../shared from the root: CI and every machine lay it beside the checkout.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string Fixtures => Path.Combine(Shared, "data", "teams-fixtures");

    public static string Dialogs => Path.Combine(Root, "dialogs");

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
