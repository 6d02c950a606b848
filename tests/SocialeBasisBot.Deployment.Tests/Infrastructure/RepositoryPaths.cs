namespace SocialeBasisBot.Deployment.Tests.Infrastructure;

/// <summary>Finds the repository root (the folder with SocialeBasisBot.sln) and the shared material beside it.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    /// <summary>../shared from the repository root, as in every worktree and in CI.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string Deployment => Path.Combine(Root, "deployment");

    public static string Teams => Path.Combine(Deployment, "teams");

    public static string ManifestSchema => Path.Combine(Shared, "data", "teams-fixtures", "teams-manifest.schema.json");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SocialeBasisBot.sln")))
                return dir.FullName;
        }

        throw new InvalidOperationException(
            $"No SocialeBasisBot.sln found in {AppContext.BaseDirectory} or any folder above it.");
    }
}
