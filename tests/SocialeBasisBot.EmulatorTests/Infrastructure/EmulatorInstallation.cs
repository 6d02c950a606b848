namespace SocialeBasisBot.EmulatorTests.Infrastructure;

/// <summary>
/// What the emulator test needs on the machine: Node.js, Debian's Chromium and tests/emulator/node_modules (the
/// emulator and playwright-core at the versions in its package-lock.json). When something is missing the test fails,
/// never skips, and says how to get it.
/// </summary>
public sealed record EmulatorInstallation(string Chromium, string Node, string Package)
{
    public const string Hint = "Run scripts/install-emulator (installs Debian's chromium and runs npm ci in tests/emulator).";

    public static EmulatorInstallation Default { get; } = new(
        Environment.GetEnvironmentVariable("SBB_CHROMIUM") is { Length: > 0 } chromium ? chromium : "/usr/bin/chromium",
        NodeDriver.FindOnPath("node") ?? "node",
        Path.Combine(RepositoryPaths.Root, "tests", "emulator"));

    /// <summary>The emulator's command line entry (the package's bin "agentsplayground").</summary>
    public string PlaygroundCli => Path.Combine(Package, "node_modules", "@microsoft", "m365agentsplayground", "cli.js");

    /// <summary>The test's own users, chats and channel for the emulator (it reads this name from its working folder).</summary>
    public string PlaygroundConfig => Path.Combine(Package, ".m365agentsplayground.yml");

    public string Driver => Path.Combine(Package, "driver.mjs");

    public void EnsureInstalled()
    {
        var problems = new List<string>();
        if (!File.Exists(Chromium))
            problems.Add($"Chromium is not installed ({Chromium} is missing).");
        if (!File.Exists(Node))
            problems.Add("Node.js is not installed ('node' is not on PATH).");
        if (!File.Exists(PlaygroundCli))
            problems.Add($"The emulator is missing ({PlaygroundCli}).");
        if (!Directory.Exists(Path.Combine(Package, "node_modules", "playwright-core")))
            problems.Add($"playwright-core is missing from {Path.Combine(Package, "node_modules")}.");
        if (problems.Count > 0)
            throw new InvalidOperationException("The emulator test cannot run: " + string.Join(" ", problems) + " " + Hint);
    }
}
