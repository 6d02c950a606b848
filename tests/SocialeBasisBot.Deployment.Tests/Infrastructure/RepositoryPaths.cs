namespace SocialeBasisBot.Deployment.Tests.Infrastructure;

/// <summary>Finds the repository root (the folder with SocialeBasisBot.sln) and the shared material beside it.</summary>
public static class RepositoryPaths
{
    public static string Root => SocialeBasisBot.Testing.RepositoryPaths.Root;

    /// <summary>../shared from the repository root, as in every worktree and in CI.</summary>
    public static string Shared => SocialeBasisBot.Testing.RepositoryPaths.Shared;

    public static string Deployment => Path.Combine(Root, "deployment");

    public static string Teams => Path.Combine(Deployment, "teams");

    public static string ManifestSchema => Path.Combine(Shared, "data", "teams-fixtures", "teams-manifest.schema.json");
}
