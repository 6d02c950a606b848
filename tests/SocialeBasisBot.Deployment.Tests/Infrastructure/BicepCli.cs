using System.Reflection;

namespace SocialeBasisBot.Deployment.Tests.Infrastructure;

/// <summary>The Bicep CLI restored from NuGet (Azure.Bicep.CommandLine.linux-x64, a PackageDownload of this project).</summary>
public static class BicepCli
{
    private const string PackageFolder = "azure.bicep.commandline.linux-x64";
    private const string Version = "0.49.2";

    public static string TemplateFolder => Path.Combine(RepositoryPaths.Deployment, "azure");

    public static string Executable => Path.Combine(PackageRoot(), PackageFolder, Version, "tools", "bicep");

    public static Task<ProcessResult> RunAsync(IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var cli = Executable;
        if (!File.Exists(cli))
            throw new FileNotFoundException($"The Bicep CLI is not at {cli}; `dotnet restore` of this project brings it.");
        return ProcessRunner.RunAsync(cli, arguments, environment, TimeSpan.FromMinutes(2));
    }

    private static string PackageRoot()
    {
        var root = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "NuGetPackageRoot").Value;
        return string.IsNullOrEmpty(root)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages")
            : root;
    }
}
