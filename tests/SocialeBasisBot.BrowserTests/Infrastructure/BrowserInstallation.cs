namespace SocialeBasisBot.BrowserTests.Infrastructure;

/// <summary>
/// What the browser tests need on the machine. When something is missing they fail (never skip) and say how to get it:
/// a browser test that silently does not run would let a broken card or report through.
/// </summary>
public sealed record BrowserInstallation(string Chromium, string Node, string Package)
{
    public const string Hint = "Run scripts/install-browser (installs Debian's chromium and runs npm ci in tests/browser).";

    public static BrowserInstallation Default { get; } = new(
        Environment.GetEnvironmentVariable("SBB_CHROMIUM") is { Length: > 0 } chromium ? chromium : "/usr/bin/chromium",
        FindOnPath("node") ?? "node",
        RepositoryPaths.BrowserPackage);

    /// <summary>Every missing piece, each with what to do; empty when all is there.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (!File.Exists(Chromium))
            problems.Add($"Chromium is not installed ({Chromium} is missing).");
        if (!File.Exists(Node))
            problems.Add("Node.js is not installed ('node' is not on PATH).");
        foreach (var module in new[] { "playwright-core", "adaptivecards", "adaptivecards-designer", "markdown-it", "axe-core" })
        {
            if (!Directory.Exists(Path.Combine(Package, "node_modules", module)))
                problems.Add($"The npm package {module} is missing from {Path.Combine(Package, "node_modules")}.");
        }

        return problems;
    }

    /// <summary>Throws with every problem and the fix, so the test run says exactly what to do.</summary>
    public void EnsureInstalled()
    {
        var problems = Problems();
        if (problems.Count > 0)
            throw new InvalidOperationException("Browser tests cannot run: " + string.Join(" ", problems) + " " + Hint);
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}
